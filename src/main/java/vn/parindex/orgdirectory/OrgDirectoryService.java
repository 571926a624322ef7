package vn.parindex.orgdirectory;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.parindex.common.ReferenceCache;

/** The province's organisation units over time, and the group ids their people belong to. */
@Service
@RequiredArgsConstructor
public class OrgDirectoryService {

    private final JdbcClient jdbc;
    private final ReferenceCache cache;

    /**
     * The unit with this code. Kept in the {@link ReferenceCache}: units change only when the data files are loaded
     * (which forgets it), yet every task given shows its unit's name (a read per task on deadline day).
     */
    public Optional<OrgUnit> find(String code) {
        return cache.get("orgUnit", code, () -> jdbc.sql("select code, name, unit_type as type, valid_from as validFrom,"
                + " valid_to as validTo, email from org_unit where code = ?").param(code).query(OrgUnit.class).optional());
    }

    public OrgUnit get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Không có đơn vị mã " + code));
    }

    public List<OrgUnit> all() {
        return jdbc.sql("select code, name, unit_type as type, valid_from as validFrom, valid_to as validTo, email from org_unit order by unit_type, code").query(OrgUnit.class).list();
    }

    public List<OrgUnit> validOn(LocalDate date, Collection<OrgUnitType> types) {
        return all().stream().filter(unit -> types.contains(unit.type()) && unit.isValidOn(date)).toList();
    }

    public List<String> predecessorsOf(String code) {
        return jdbc.sql("select predecessor_code from org_unit_predecessor where unit_code = ? order by predecessor_code")
                .param(code).query(String.class).list();
    }

    /** Officers (chuyên viên) of a unit work its tasks. */
    public static String officersGroup(String unitCode) {
        return unitCode.toLowerCase(Locale.ROOT) + "Officers";
    }

    /** Heads (thủ trưởng) of a unit sign its work off. */
    public static String headsGroup(String unitCode) {
        return unitCode.toLowerCase(Locale.ROOT) + "Heads";
    }
}
