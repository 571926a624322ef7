package vn.parindex.notification.process;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.parindex.common.TransactionMemo;
import vn.parindex.notification.Recipient;
import vn.parindex.notification.RecipientDirectory;

/** Recipients from the Camunda identity: the users of the groups, with their e-mail addresses. */
@Component
@RequiredArgsConstructor
class CamundaRecipientDirectory implements RecipientDirectory {

    private final IdentityService identity;

    @Override
    public List<Recipient> membersOf(Collection<String> groupIds) {
        Map<String, Recipient> members = new LinkedHashMap<>();
        for (String group : groupIds) {
            for (User user : usersOf(group)) {
                members.putIfAbsent(user.getId(), new Recipient(user.getId(), fullName(user), user.getEmail()));
            }
        }
        return List.copyOf(members.values());
    }

    /**
     * The group's users, read once per transaction: a task given after several of its notice steps had passed logs
     * each of them with its recipients (deadlines/process/NoticeSteps), mostly the same groups; in P2 of the bench
     * (deadline day) these look-ups were a fifth of the job executor's time. Who belongs to a group is changed by an
     * administrator in a transaction of its own.
     */
    private List<User> usersOf(String group) {
        return TransactionMemo.get("groupMembers", group,
                () -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list());
    }

    private static String fullName(User user) {
        // Vietnamese order: firstName holds họ và tên đệm, lastName holds tên (see data/demo-users.yaml)
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
