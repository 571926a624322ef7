package vn.parindex.cycle.process;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.platform.identity.AuthorizationContribution;
import vn.parindex.platform.identity.Grants;

/** The yearly cycle: every group reads its definition (forms), managers watch it, SNV's coordinators start it. */
@Component
class CycleAuthorizations implements AuthorizationContribution {

    @Override
    public void contribute(Grants grants) {
        grants.grant(grants.allGroups(), Resources.PROCESS_DEFINITION, CycleProcess.PROCESS_KEY, Permissions.READ);
        grants.grant(Grants.MANAGERS, Resources.PROCESS_DEFINITION, CycleProcess.PROCESS_KEY,
                Permissions.READ_INSTANCE, Permissions.READ_HISTORY);
        grants.grant(RoleGroups.SNV_COORDINATORS, Resources.PROCESS_DEFINITION, CycleProcess.PROCESS_KEY,
                Permissions.CREATE_INSTANCE, Permissions.UPDATE_INSTANCE);
    }
}
