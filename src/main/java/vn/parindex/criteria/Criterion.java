package vn.parindex.criteria;

import java.math.BigDecimal;

public record Criterion(String code, String parentCode, int depth, String name, BigDecimal maxPoints, boolean leaf,
                        ScoringMethod scoringMethod, Boolean selfScored, Boolean naAllowed, String evidence,
                        String guidance) {

    public boolean isSelfScoredLeaf() {
        return leaf && Boolean.TRUE.equals(selfScored);
    }

    public boolean isField() {
        return depth == 1;
    }

    /** The field (lĩnh vực) an item belongs to is the first part of its code. */
    public String fieldCode() {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
