package vn.parindex.results;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.OrgUnit;

/**
 * Who leads an item in a year (the nearest listed ancestor-or-self in the year's responsibility matrix, survey items
 * included, e.g. SIPAS with Sở Nội vụ), and how units continue each other across the 2025 mergers: a unit's lineage is
 * itself and its predecessors, transitively; a unit that ended is carried on by the unit whose lineage includes it.
 */
@Component
@RequiredArgsConstructor
public class Responsibilities {

    private final JdbcClient jdbc;
    private final OrgDirectoryService orgDirectory;

    /** The lead unit of each code that has a listed ancestor-or-self in the year's matrix. */
    public Map<String, String> leadsOf(int year, Collection<String> codes) {
        Map<String, String> matrix = new HashMap<>();
        jdbc.sql("select item_code, lead_unit_code from responsibility where year = ?").param(year)
                .query((rs, row) -> matrix.put(rs.getString(1), rs.getString(2))).list();
        Map<String, String> leads = new LinkedHashMap<>();
        for (String code : codes) {
            for (String candidate = code; candidate != null; candidate = parentOf(candidate)) {
                String lead = matrix.get(candidate);
                if (lead != null) {
                    leads.put(code, lead);
                    break;
                }
            }
        }
        return leads;
    }

    /** The unit and every unit it absorbed, directly or through earlier mergers. */
    public Set<String> lineage(String unitCode) {
        Set<String> lineage = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(unitCode);
        while (!todo.isEmpty()) {
            String unit = todo.poll();
            if (lineage.add(unit)) {
                todo.addAll(orgDirectory.predecessorsOf(unit));
            }
        }
        return lineage;
    }

    /**
     * The unit that carries {@code unitCode}'s work on {@code date}: the unit itself while it exists, else the unit
     * valid on that date whose lineage includes it (Sở TT&amp;TT → Sở Khoa học và Công nghệ).
     */
    public Optional<OrgUnit> carrierOn(String unitCode, LocalDate date) {
        Optional<OrgUnit> unit = orgDirectory.find(unitCode);
        if (unit.isPresent() && unit.get().isValidOn(date)) {
            return unit;
        }
        return orgDirectory.all().stream().filter(candidate -> candidate.isValidOn(date))
                .filter(candidate -> !candidate.code().equals(unitCode) && lineage(candidate.code()).contains(unitCode))
                .findFirst();
    }

    private static String parentOf(String code) {
        int dot = code.lastIndexOf('.');
        return dot < 0 ? null : code.substring(0, dot);
    }
}
