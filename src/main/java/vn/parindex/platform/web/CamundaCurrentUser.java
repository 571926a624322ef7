package vn.parindex.platform.web;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.CurrentUser;

/** The user our authentication filter set on the engine for this request. */
@Component
@RequiredArgsConstructor
class CamundaCurrentUser implements CurrentUser {

    private final IdentityService identity;

    @Override
    public String userId() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    @Override
    public Set<String> groups() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null || authentication.getGroupIds() == null ? Set.of()
                : Set.copyOf(authentication.getGroupIds());
    }
}
