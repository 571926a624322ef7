package vn.parindex.reporting;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;

/**
 * The levels of government whose administrative-procedure dossiers a quarterly report counts (Báo cáo 58/BC-UBND:
 * "Cấp tỉnh", "Cấp huyện", "Cấp xã"). A unit reports the levels the year's data gives its unit type: departments the
 * province's, districts (until 30/06/2025) their own and their communes', communes and wards (from 01/07/2025) their
 * own.
 */
@RequiredArgsConstructor
public enum DossierLevel {
    PROVINCE("Cấp tỉnh", "cấp tỉnh"),
    DISTRICT("Cấp huyện", "cấp huyện"),
    COMMUNE("Cấp xã", "cấp xã");

    private final String title;
    private final String inText;

    /** "Cấp tỉnh", as the row of the dossier table. */
    public String title() {
        return title;
    }

    /** "cấp tỉnh", inside a sentence. */
    public String inText() {
        return inText;
    }

    /** The stored form of a set of levels: "DISTRICT,COMMUNE". */
    public static String join(Collection<DossierLevel> levels) {
        return EnumSet.copyOf(levels).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static Set<DossierLevel> parse(String stored) {
        Set<DossierLevel> levels = EnumSet.noneOf(DossierLevel.class);
        for (String part : stored.split(",")) {
            if (!part.isBlank()) {
                levels.add(valueOf(part.trim()));
            }
        }
        return levels;
    }
}
