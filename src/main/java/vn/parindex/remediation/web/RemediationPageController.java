package vn.parindex.remediation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parindex.remediation.RemediationDrafting;
import vn.parindex.common.FormInput;
import vn.parindex.common.ParProperties;
import vn.parindex.common.ValidationException;
import vn.parindex.deadlines.process.DeadlineChangeService;
import vn.parindex.remediation.process.RemediationAmendmentService;
import vn.parindex.remediation.process.RemediationProcessService;
import vn.parindex.remediation.DraftInput;
import vn.parindex.remediation.DraftRow;
import vn.parindex.remediation.RemediationPlan;
import vn.parindex.remediation.RemediationMovableDeadlines;
import vn.parindex.remediation.RemediationPlanService;
import vn.parindex.remediation.RemediationTask;
import vn.parindex.remediation.RemediationViews;
import vn.parindex.results.PageFormat;
import vn.parindex.results.ResultsAccess;
import vn.parindex.workflow.CurrentUser;

/**
 * The remediation plan's pages: the follow-up page {@code /pages/remediation?year=} for the province roles (with the
 * forms SNV uses to start a plan, move a task's due date, add or cancel a task) and the drafting page
 * {@code /pages/remediation/draft?year=} for SNV. Drafting happens here because Tasklist 7.24 cannot complete a Camunda
 * Form with an editable list of rows; the Tasklist task "Sở Nội vụ trình dự thảo" then only submits the saved draft
 * (as does the page's submit button).
 */
@Controller
class RemediationPageController {

    private final RemediationProcessService processes;
    private final RemediationPlanService plans;
    private final RemediationDrafting drafting;
    private final RemediationViews views;
    private final CurrentUser user;
    private final String tasklistUrl;
    private final ParProperties properties;
    private final DeadlineChangeService deadlineChanges;
    private final RemediationMovableDeadlines deadlines;
    private final RemediationAmendmentService amendmentService;
    private final RemediationLogs logs;

    RemediationPageController(RemediationProcessService processes, RemediationPlanService plans, RemediationDrafting drafting,
                              RemediationViews views, CurrentUser user, ParProperties properties,
                              DeadlineChangeService deadlineChanges, RemediationMovableDeadlines deadlines,
                              RemediationAmendmentService amendmentService, RemediationLogs logs) {
        this.processes = processes;
        this.plans = plans;
        this.drafting = drafting;
        this.views = views;
        this.user = user;
        this.tasklistUrl = properties.tasklistUrl();
        this.properties = properties;
        this.deadlineChanges = deadlineChanges;
        this.deadlines = deadlines;
        this.amendmentService = amendmentService;
        this.logs = logs;
    }

    @GetMapping("/pages/remediation")
    String page(@RequestParam int year, Model model, HttpServletRequest request) {
        ResultsAccess.requireViewer(user);
        model.addAttribute("year", year);
        model.addAttribute("p", views.forYear(year).orElse(null));
        model.addAttribute("canDraft", ResultsAccess.isCoordinator(user));
        model.addAttribute("tasklistUrl", tasklistUrl);
        model.addAttribute("cockpitUrl", tasklistUrl.replace("/tasklist/", "/cockpit/"));
        model.addAttribute("csrfToken", request.getAttribute("parCsrfToken"));
        model.addAttribute("fmt", new PageFormat(properties.timeZone()));
        model.addAttribute("deadlineChanges", logs.deadlineChanges(year));
        model.addAttribute("amendments", logs.amendments(year));
        model.addAttribute("units", drafting.assignableUnits());
        return "pages/remediation";
    }

    @PostMapping("/pages/remediation/start")
    String startFromPage(@RequestParam int year, RedirectAttributes redirect) {
        ResultsAccess.requireCoordinator(user);
        try {
            processes.start(year);
            redirect.addFlashAttribute("message", "Đã bắt đầu lập kế hoạch khắc phục: soạn các nhiệm vụ rồi lưu dự thảo.");
            return "redirect:/pages/remediation/draft?year=" + year;
        } catch (ValidationException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/pages/remediation?year=" + year;
        }
    }

    @PostMapping("/pages/remediation/deadline")
    String changeDeadlineFromPage(@RequestParam int year, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        ResultsAccess.requireCoordinator(user);
        List<String> problems = new ArrayList<>();
        java.time.LocalDate date = FormInput.requiredDate(form.get("date"), "hạn mới", problems);
        Integer position = parsePosition(form.get("position"), problems, "Vui lòng chọn nhiệm vụ cần điều chỉnh hạn.");
        try {
            ValidationException.throwIfAny(problems);
            var result = deadlineChanges.change(deadlines, new RemediationMovableDeadlines.Target(year, position), date,
                    form.get("reason"));
            redirect.addFlashAttribute("message", "Đã điều chỉnh hạn của nhiệm vụ số " + position + " thành "
                    + vn.parindex.common.VietnameseFormat.date(date) + "; đơn vị đã được thông báo ("
                    + result.noticesQueued() + " thông báo).");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("error", String.join(" ", e.problems()));
        }
        return "redirect:/pages/remediation?year=" + year;
    }

    @PostMapping("/pages/remediation/tasks/add")
    String addTaskFromPage(@RequestParam int year, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        ResultsAccess.requireCoordinator(user);
        try {
            RemediationTask task = amendmentService.addTask(year, RemediationLogs.taskInput(form), form.get("reason"));
            redirect.addFlashAttribute("message", "Đã bổ sung nhiệm vụ số " + task.position() + " và giao cho đơn vị.");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("error", String.join(" ", e.problems()));
        }
        return "redirect:/pages/remediation?year=" + year;
    }

    @PostMapping("/pages/remediation/tasks/cancel")
    String cancelTaskFromPage(@RequestParam int year, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        ResultsAccess.requireCoordinator(user);
        List<String> problems = new ArrayList<>();
        Integer position = parsePosition(form.get("position"), problems, "Vui lòng chọn nhiệm vụ cần hủy.");
        try {
            ValidationException.throwIfAny(problems);
            amendmentService.cancelTask(year, position, form.get("reason"));
            redirect.addFlashAttribute("message", "Đã hủy nhiệm vụ số " + position + "; việc báo cáo của đơn vị đã đóng.");
        } catch (ValidationException e) {
            redirect.addFlashAttribute("error", String.join(" ", e.problems()));
        }
        return "redirect:/pages/remediation?year=" + year;
    }

    @GetMapping("/pages/remediation/draft")
    String draftPage(@RequestParam int year, Model model, HttpServletRequest request) {
        ResultsAccess.requireCoordinator(user);
        RemediationPlan plan = livePlan(year);
        render(model, request, year, plan, drafting.draftRows(plan.id()), plan.title(), plan.endsOn().toString(), List.of());
        return "pages/remediation-draft";
    }

    @PostMapping("/pages/remediation/draft")
    String saveFromPage(@RequestParam int year, @RequestParam Map<String, String> form, Model model,
                        HttpServletRequest request, RedirectAttributes redirect) {
        ResultsAccess.requireCoordinator(user);
        RemediationPlan plan = livePlan(year);
        List<DraftRow> rows = new ArrayList<>();
        int count = parseCount(form.get("rowCount"));
        for (int i = 0; i < count; i++) {
            rows.add(new DraftRow(form.getOrDefault("item_" + i, ""), form.getOrDefault("hint_" + i, ""),
                    form.getOrDefault("unit_" + i, ""), form.getOrDefault("content_" + i, ""),
                    form.getOrDefault("completion_" + i, ""), form.getOrDefault("reporting_" + i, "")));
        }
        DraftInput draft = new DraftInput(form.get("title"), form.get("endsOn"), rows.stream()
                .map(row -> new DraftInput.TaskInput(row.item(), row.unit(), row.content(), row.completionTime(),
                        row.reporting())).toList());
        try {
            processes.saveDraft(year, draft, user.userId());
        } catch (ValidationException e) {
            render(model, request, year, plan, rows, form.get("title"), form.get("endsOn"), e.problems());
            return "pages/remediation-draft";
        }
        if ("submit".equals(form.get("action"))) {
            try {
                processes.submitDraft(year);
                redirect.addFlashAttribute("message", "Đã lưu và trình dự thảo kế hoạch khắc phục lên Chủ tịch UBND tỉnh.");
                return "redirect:/pages/remediation?year=" + year;
            } catch (ValidationException e) {
                redirect.addFlashAttribute("error", "Đã lưu dự thảo nhưng chưa trình được: " + e.getMessage());
                return "redirect:/pages/remediation/draft?year=" + year;
            }
        }
        redirect.addFlashAttribute("message", "Đã lưu dự thảo. Khi hoàn chỉnh, bấm \"Lưu và trình Chủ tịch\" hoặc hoàn thành "
                + "việc \"Sở Nội vụ trình dự thảo kế hoạch khắc phục\" trong Danh sách công việc.");
        return "redirect:/pages/remediation/draft?year=" + year;
    }

    private void render(Model model, HttpServletRequest request, int year, RemediationPlan plan, List<DraftRow> rows,
                        String title, String endsOn, List<String> problems) {
        model.addAttribute("year", year);
        model.addAttribute("plan", plan);
        model.addAttribute("editable", plan.status().editable());
        model.addAttribute("returnComment", plans.pendingPlanReturn(plan.id()).orElse(null));
        model.addAttribute("rows", rows);
        model.addAttribute("title", title == null ? "" : title);
        model.addAttribute("endsOn", endsOn == null ? "" : endsOn);
        model.addAttribute("units", drafting.assignableUnits());
        model.addAttribute("problems", problems);
        model.addAttribute("csrfToken", request.getAttribute("parCsrfToken"));
        Map<String, String> examples = new LinkedHashMap<>();
        examples.put("Tháng 9/2027", "hạn là ngày làm việc cuối cùng của tháng");
        examples.put("Trước ngày 15/12/2027", "hạn là ngày đó");
        examples.put("Thường xuyên", "báo cáo hằng quý đến khi kết thúc kế hoạch");
        model.addAttribute("examples", examples);
    }

    private RemediationPlan livePlan(int year) {
        try {
            return processes.livePlan(year);
        } catch (ValidationException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private static Integer parsePosition(String text, List<String> problems, String refusal) {
        try {
            return Integer.valueOf(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            problems.add(refusal);
            return null;
        }
    }

    private static int parseCount(String text) {
        try {
            return Math.min(200, Math.max(0, Integer.parseInt(text == null ? "0" : text.trim())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
