package vn.parindex.orgdirectory;

/** Group ids of the province-wide roles. Camunda allows letters and digits only in ids. */
public final class RoleGroups {

    public static final String SNV_COORDINATORS = "snvCoordinators";
    public static final String SNV_DIRECTOR = "snvDirector";
    public static final String CHAIRMAN = "chairman";
    public static final String VICE_CHAIRMAN = "viceChairman";

    private RoleGroups() {
    }
}
