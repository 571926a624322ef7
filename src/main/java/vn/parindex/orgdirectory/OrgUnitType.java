package vn.parindex.orgdirectory;

/**
 * The kinds of units: the People's Committee's departments, districts and communes, and the central agencies on the
 * province's territory (cơ quan Trung ương đóng trên địa bàn tỉnh, e.g. Cục Thuế tỉnh), which seed 003 asks for
 * officials and the leaders' e-survey but which plan and self-score nothing of the province's index.
 */
public enum OrgUnitType {
    DEPARTMENT, DISTRICT, COMMUNE, CENTRAL_AGENCY
}
