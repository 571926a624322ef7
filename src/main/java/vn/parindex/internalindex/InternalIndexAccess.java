package vn.parindex.internalindex;

import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.workflow.CurrentUser;

/** Who sees the internal index (page, JSON, ranking files): Sở Nội vụ, the province's leaders and the council. */
@Component
@RequiredArgsConstructor
public class InternalIndexAccess {

    public static final Set<String> VIEWERS = Set.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR,
            RoleGroups.CHAIRMAN, RoleGroups.VICE_CHAIRMAN, "internalIndexCouncil", "internalIndexWorkingTeam", "camunda-admin");

    private final CurrentUser user;

    public void requireViewer() {
        if (!user.inAnyGroup(VIEWERS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ số CCHC của các cơ quan, đơn vị dành cho Sở Nội vụ, lãnh đạo UBND tỉnh và Hội đồng thẩm định.");
        }
    }

    public boolean inAnyGroup(Set<String> groups) {
        return user.inAnyGroup(groups);
    }

    public String userId() {
        return user.userId();
    }
}
