package vn.parindex.notification;

import java.util.Collection;
import java.util.List;

/** The users of groups, with their e-mail addresses (the Camunda identity in this application). */
public interface RecipientDirectory {

    /** Members of any of the groups, each user once, in a stable order. */
    List<Recipient> membersOf(Collection<String> groupIds);
}
