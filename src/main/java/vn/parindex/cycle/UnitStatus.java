package vn.parindex.cycle;

public enum UnitStatus {
    IN_PROGRESS, SUBMITTED, SIGNED_OFF, RETURNED, ACCEPTED
}
