package vn.parindex.criteria;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Rules every criteria set and responsibility matrix obeys, whether it comes from the YAML files under data/ or from
 * an official table uploaded as a workbook.
 */
public final class CriteriaRules {

    /** Unit codes become Camunda group ids, which allow letters and digits only. */
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z][A-Z0-9]{1,19}");
    private static final Pattern ITEM_CODE = Pattern.compile("[1-9][0-9]*(\\.[1-9][0-9]*)*");

    private CriteriaRules() {
    }

    public static boolean isUnitCode(String code) {
        return code != null && UNIT_CODE.matcher(code).matches();
    }

    /** 1, 1.1, 1.1.1 … */
    public static boolean isItemCode(String code) {
        return code != null && ITEM_CODE.matcher(code).matches();
    }

    /** Max points are at least 0 with at most 2 decimals. */
    public static boolean isValidMaxPoints(BigDecimal points) {
        return points != null && points.signum() >= 0 && points.stripTrailingZeros().scale() <= 2;
    }

    public static String parentOf(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }

    /** The lead of an item is the one given for the nearest listed ancestor-or-self. */
    public static String resolveLead(String code, Map<String, String> leads) {
        for (String candidate = code; candidate != null; candidate = parentOf(candidate)) {
            if (leads.containsKey(candidate)) {
                return leads.get(candidate);
            }
        }
        return null;
    }

    /** A unit may be given items of a year when it exists from the opening of self-assessment to the report's due date. */
    public static boolean activeInCycle(LocalDate validFrom, LocalDate validTo, LocalDate selfAssessmentOpens,
                                        LocalDate reportToChairmanDue) {
        boolean startedInTime = !validFrom.isAfter(reportToChairmanDue);
        boolean stillExists = validTo == null || !validTo.isBefore(selfAssessmentOpens);
        return startedInTime && stillExists;
    }
}
