package vn.parindex.platform.web;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.PeopleDirectory;
import vn.parindex.workflow.process.AsSystem;

/**
 * Names from the Camunda identity. Read as the system: a province viewer may not hold READ on every user and group,
 * and showing who holds a task is what the page is for (the caller has checked the viewer may see the task).
 */
@Component
@RequiredArgsConstructor
class CamundaPeopleDirectory implements PeopleDirectory {

    private final IdentityService identity;
    private final AsSystem asSystem;

    @Override
    public String userName(String userId) {
        if (userId == null) {
            return null;
        }
        User user = asSystem.call(() -> identity.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        // Vietnamese order: firstName holds họ và tên đệm, lastName holds tên (see data/demo-users.yaml)
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    @Override
    public String groupName(String groupId) {
        if (groupId == null) {
            return null;
        }
        Group group = asSystem.call(() -> identity.createGroupQuery().groupId(groupId).singleResult());
        return group == null || group.getName() == null || group.getName().isBlank() ? groupId : group.getName();
    }
}
