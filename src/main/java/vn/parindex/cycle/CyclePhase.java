package vn.parindex.cycle;

public enum CyclePhase {
    PLAN, SCORING
}
