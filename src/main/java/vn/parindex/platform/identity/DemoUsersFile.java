package vn.parindex.platform.identity;

import java.util.List;

/** The shape of {@code data/demo-users.yaml}. */
record DemoUsersFile(List<DemoUser> users) {

    record DemoUser(String id, String firstName, String lastName, String email, List<String> groups) {
    }
}
