package vn.parindex.results;

import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.workflow.CurrentUser;

/** Who sees the province's results and remediation (the dashboard's viewers) and who enters them (SNV coordinators). */
public final class ResultsAccess {

    public static final Set<String> VIEWERS = Set.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR,
            RoleGroups.CHAIRMAN, RoleGroups.VICE_CHAIRMAN, "camunda-admin");

    private ResultsAccess() {
    }

    public static void requireViewer(CurrentUser user) {
        if (!user.inAnyGroup(VIEWERS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Kết quả Chỉ số CCHC và kế hoạch khắc phục dành cho Sở Nội vụ và lãnh đạo UBND tỉnh.");
        }
    }

    public static void requireCoordinator(CurrentUser user) {
        if (!user.groups().contains(RoleGroups.SNV_COORDINATORS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Chỉ cán bộ điều phối của Sở Nội vụ được nhập kết quả và lập kế hoạch khắc phục.");
        }
    }

    public static boolean isCoordinator(CurrentUser user) {
        return user.groups().contains(RoleGroups.SNV_COORDINATORS);
    }
}
