package vn.parindex.internalindex;

import vn.parindex.orgdirectory.OrgUnitType;

/**
 * The unit groups of the province's own index: each unit type is ranked and classified within its own group, with
 * its own criteria set and thresholds (seed 001: "cấp Sở", "cấp huyện", "cấp xã"; seed 002 classifies the
 * departments and the districts separately).
 */
public final class UnitGroups {

    private UnitGroups() {
    }

    /** The group's name when the year's data does not give one (seed 001's wording). */
    public static String defaultName(OrgUnitType type) {
        return switch (type) {
            case DEPARTMENT -> "Các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh";
            case DISTRICT -> "Ủy ban nhân dân các huyện, thị xã, thành phố";
            case COMMUNE -> "Ủy ban nhân dân các xã, phường, thị trấn";
            case CENTRAL_AGENCY -> "Các cơ quan Trung ương đóng trên địa bàn tỉnh";
        };
    }

    /** The order of the groups in every table: departments, districts, communes. */
    public static int order(String unitType) {
        return OrgUnitType.valueOf(unitType).ordinal();
    }
}
