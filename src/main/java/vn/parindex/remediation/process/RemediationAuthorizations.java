package vn.parindex.remediation.process;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.platform.identity.AuthorizationContribution;
import vn.parindex.platform.identity.Grants;

/**
 * Remediation plans: units report on their tasks in Tasklist (the forms need READ on the definition), managers watch
 * the plans, SNV's coordinators start them (a task's due date moves through deadline-change, see deadlines).
 */
@Component
class RemediationAuthorizations implements AuthorizationContribution {

    @Override
    public void contribute(Grants grants) {
        grants.grant(grants.allGroups(), Resources.PROCESS_DEFINITION, RemediationProcess.PROCESS_KEY, Permissions.READ);
        grants.grant(Grants.MANAGERS, Resources.PROCESS_DEFINITION, RemediationProcess.PROCESS_KEY,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grants.grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, RemediationProcess.PROCESS_KEY,
                Permissions.CREATE_INSTANCE, Permissions.UPDATE_INSTANCE);
    }
}
