package vn.parindex.common;

/**
 * Data the application needs before its first user: the working calendar, notice policies, reference data, groups,
 * grants, filters and demo users, the internal index's data. Run by {@link StartupLoaders} in {@code @Order}, once
 * every bean exists and before the web server or the job executor starts, so Tasklist never answers a user before
 * the accounts and data it shows exist.
 */
public interface StartupLoader {

    void load();
}
