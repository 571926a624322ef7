package vn.parindex.orgdirectory;

public enum OrgUnitType {
    DEPARTMENT, DISTRICT, COMMUNE
}
