package vn.parindex.workflow;

/**
 * The names people read instead of login ids and group ids: a user's full name (Vietnamese order), a group's name.
 * Unknown ids come back as they are.
 */
public interface PeopleDirectory {

    String userName(String userId);

    String groupName(String groupId);
}
