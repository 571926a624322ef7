package vn.parindex.workflow;

import java.util.Set;

/**
 * Who a login id is, for what a person reads: the full name ("Nguyễn Thị Lan", never "snvchuyenvien") and the groups
 * that tell the unit. The Camunda identity in this application.
 */
public interface PersonNames {

    /** The full name in Vietnamese order; the id itself only when the identity has no name for it. */
    String fullName(String userId);

    Set<String> groupsOf(String userId);
}
