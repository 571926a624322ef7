package vn.parindex.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parindex.cycle.Cycle;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.process.CycleProcessService;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.dashboard.CycleDashboard;
import vn.parindex.dashboard.DashboardService;
import vn.parindex.dashboard.PhaseState;
import vn.parindex.dashboard.QuarterlyDashboard;
import vn.parindex.dashboard.QuarterlyDashboardService;
import vn.parindex.dashboard.UnitDetail;
import vn.parindex.workflow.CurrentUser;

/**
 * The progress dashboard for Sở Nội vụ and the province's leaders: {@code /pages/dashboard?year=} (page) and
 * {@code /api/cycles/{year}/dashboard} (JSON), with a drill-down per unit.
 */
@Controller
class DashboardController {

    static final Set<String> VIEWERS = Set.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR, RoleGroups.CHAIRMAN,
            RoleGroups.VICE_CHAIRMAN, "camunda-admin");

    private final DashboardService dashboards;
    private final QuarterlyDashboardService quarterly;
    private final CycleProcessService cycleProcesses;
    private final CurrentUser user;
    private final String tasklistUrl;

    DashboardController(DashboardService dashboards, QuarterlyDashboardService quarterly,
                        CycleProcessService cycleProcesses, CurrentUser user, vn.parindex.common.ParProperties properties) {
        this.dashboards = dashboards;
        this.quarterly = quarterly;
        this.cycleProcesses = cycleProcesses;
        this.user = user;
        this.tasklistUrl = properties.tasklistUrl();
    }

    @GetMapping("/api/cycles/{year}/dashboard")
    @ResponseBody
    CycleDashboard json(@PathVariable int year) {
        requireViewer();
        return dashboards.forYear(year);
    }

    @GetMapping("/api/cycles/{year}/dashboard/units/{unit}")
    @ResponseBody
    UnitDetail unitJson(@PathVariable int year, @PathVariable String unit) {
        requireViewer();
        return dashboards.unit(year, unit);
    }

    @GetMapping("/pages/dashboard")
    String page(@RequestParam int year, Model model, HttpServletRequest request) {
        requireViewer();
        Optional<Cycle> cycle = dashboards.findCycle(year);
        if (cycle.isEmpty()) {
            // the first page the coordinator sees after logging in, before the year's cycle is opened: say how to open it
            model.addAttribute("year", year);
            model.addAttribute("tasklistUrl", tasklistUrl);
            model.addAttribute("canOpenCycle", user.groups().contains(RoleGroups.SNV_COORDINATORS));
            return "pages/dashboard-no-cycle";
        }
        CycleDashboard dashboard = dashboards.forCycle(cycle.get());
        model.addAttribute("d", dashboard);
        model.addAttribute("states", PhaseState.values());
        model.addAttribute("canOpenSelfAssessment", user.groups().contains(RoleGroups.SNV_COORDINATORS)
                && !dashboard.selfAssessmentOpened() && "OPEN".equals(dashboard.cycleStatus()));
        model.addAttribute("csrfToken", request.getAttribute("parCsrfToken"));
        return "pages/dashboard";
    }

    /** SNV reports the Ministry's guidance from the dashboard: self-assessment opens now instead of on its date. */
    @PostMapping("/pages/dashboard/guidance-received")
    String guidanceReceived(@RequestParam int year, RedirectAttributes redirect) {
        if (!user.groups().contains(RoleGroups.SNV_COORDINATORS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ cán bộ điều phối của Sở Nội vụ mở tự đánh giá.");
        }
        try {
            cycleProcesses.guidanceReceived(year);
            redirect.addFlashAttribute("message", "Đã mở tự đánh giá, chấm điểm: các đơn vị chủ trì đã nhận công việc.");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/pages/dashboard?year=" + year;
    }

    @GetMapping("/api/quarterly-reports/{year}/dashboard")
    @ResponseBody
    QuarterlyDashboard quarterlyJson(@PathVariable int year) {
        requireViewer();
        return quarterly.forYear(year);
    }

    /** The quarterly reform reports of the year: per quarter and department, and the province's report. */
    @GetMapping("/pages/dashboard/quarterly")
    String quarterlyPage(@RequestParam int year, Model model) {
        requireViewer();
        model.addAttribute("q", quarterly.forYear(year));
        model.addAttribute("states", PhaseState.values());
        return "pages/dashboard-quarterly";
    }

    @GetMapping("/pages/dashboard/unit")
    String unitPage(@RequestParam int year, @RequestParam String unit, Model model) {
        requireViewer();
        model.addAttribute("u", dashboards.unit(year, unit));
        model.addAttribute("tasklistUrl", tasklistUrl);
        model.addAttribute("cockpitUrl", tasklistUrl.replace("/tasklist/", "/cockpit/"));
        return "pages/dashboard-unit";
    }

    private void requireViewer() {
        if (!user.inAnyGroup(VIEWERS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "Bảng theo dõi tiến độ dành cho Sở Nội vụ và lãnh đạo UBND tỉnh.");
        }
    }
}
