package vn.parindex.orgdirectory;

import java.time.LocalDate;

public record OrgUnit(String code, String name, OrgUnitType type, LocalDate validFrom, LocalDate validTo, String email) {

    public boolean isValidOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
