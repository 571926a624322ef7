package vn.parindex.review;

public enum Decision {
    SUBMITTED, APPROVE, RETURN
}
