package vn.parindex.platform.identity;

import java.util.Map;

/**
 * What one feature adds to the engine's groups and authorizations at start: its own groups (e.g. the internal index's
 * council) and the grants on its process definitions. {@link IdentityInitializer} collects every bean of this type,
 * so the platform knows no feature and a new kind of work brings its own access rules.
 */
public interface AuthorizationContribution {

    /** Groups the feature needs beyond the units' officers and heads and the province roles: id → display name. */
    default Map<String, String> groups() {
        return Map.of();
    }

    /** The feature's grants, added when missing (idempotent). */
    void contribute(Grants grants);
}
