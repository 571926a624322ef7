package vn.parindex.workflow.process;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.PersonNames;

/** Names from the Camunda identity: firstName holds họ và tên đệm, lastName holds tên (data/demo-users.yaml). */
@Component
class CamundaPersonNames implements PersonNames {

    private final IdentityService identity;

    CamundaPersonNames(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public String fullName(String userId) {
        if (userId == null) {
            return null;
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    @Override
    public Set<String> groupsOf(String userId) {
        return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
    }
}
