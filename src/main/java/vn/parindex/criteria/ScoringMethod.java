package vn.parindex.criteria;

/** How an item is scored. SURVEY items come from the Ministry's sociological survey and are never self-scored. */
public enum ScoringMethod {
    BINARY, PROPORTIONAL, GRADED, MANUAL, SURVEY
}
