package vn.parindex.workflow.process;

import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.PersonNames;

/**
 * Names from the Camunda identity: firstName holds họ và tên đệm, lastName holds tên (data/demo-users.yaml). Read as
 * the system: a document or a mail names people the current user may not query (a department officer, the Chairman).
 * Pages name people through it as {@code ${@personNames.fullName(id)}}.
 */
@Component("personNames")
@RequiredArgsConstructor
class CamundaPersonNames implements PersonNames {

    private final IdentityService identity;
    private final AsSystem system;

    private <T> T asSystem(Supplier<T> query) {
        if (Context.getCommandContext() != null) {
            return Context.getCommandContext().runWithoutAuthorization(query::get);
        }
        return system.call(query);
    }

    @Override
    public String fullName(String userId) {
        if (userId == null) {
            return null;
        }
        User user = asSystem(() -> identity.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    @Override
    public Set<String> groupsOf(String userId) {
        return asSystem(() -> identity.createGroupQuery().groupMember(userId).list()).stream().map(Group::getId)
                .collect(Collectors.toSet());
    }
}
