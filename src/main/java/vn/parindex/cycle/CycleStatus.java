package vn.parindex.cycle;

public enum CycleStatus {
    OPEN, COMPLETED, CANCELLED
}
