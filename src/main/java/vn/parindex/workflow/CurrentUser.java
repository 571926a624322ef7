package vn.parindex.workflow;

import java.util.Set;

/** Who makes the current request, with their groups (the Camunda identity in this application). */
public interface CurrentUser {

    String userId();

    Set<String> groups();

    default boolean inAnyGroup(Set<String> candidates) {
        return groups().stream().anyMatch(candidates::contains);
    }
}
