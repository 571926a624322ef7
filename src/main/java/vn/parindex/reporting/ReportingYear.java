package vn.parindex.reporting;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.parindex.orgdirectory.OrgUnitType;

/**
 * A year's quarterly reporting schedule ({@code data/reporting/<year>.yaml}): the province, the quarters' dates and
 * which units report which dossier levels (the units of a type valid on a quarter's request date are asked).
 */
public record ReportingYear(int year, String province, String noticePolicy, List<Reporters> reporters,
                            List<QuarterDates> quarters) {

    /** The units of one type report the dossiers of these levels. */
    public record Reporters(OrgUnitType unitType, List<DossierLevel> levels) {
    }

    public Optional<QuarterDates> quarter(int quarter) {
        return quarters.stream().filter(q -> q.quarter() == quarter).findFirst();
    }

    public List<OrgUnitType> unitTypes() {
        return new ArrayList<>(reporters.stream().map(Reporters::unitType).toList());
    }

    /** The levels the units of a type report (none when the type does not report this year). */
    public Set<DossierLevel> levelsOf(OrgUnitType type) {
        Set<DossierLevel> levels = EnumSet.noneOf(DossierLevel.class);
        reporters.stream().filter(r -> r.unitType() == type).forEach(r -> levels.addAll(r.levels()));
        return levels;
    }
}
