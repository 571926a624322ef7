package vn.parindex.results.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parindex.common.ValidationException;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.Cycle;
import vn.parindex.referencedata.CriteriaSetNotes;
import vn.parindex.scoring.ItemScore;
import vn.parindex.scoring.ScoringService;
import vn.parindex.results.GapAnalysisService;
import vn.parindex.results.MinistryResult;
import vn.parindex.results.MinistryResultService;
import vn.parindex.results.PageFormat;
import vn.parindex.results.PastedScores;
import vn.parindex.results.ResultEntry;
import vn.parindex.results.ResultsAccess;
import vn.parindex.results.ResultsAnalysis;
import vn.parindex.workflow.CurrentUser;

/**
 * The Ministry's results of a year: entered by Sở Nội vụ (JSON, a page with one field per item, or a table pasted
 * from a spreadsheet) and compared with the self-assessment ({@code /pages/results?year=},
 * {@code /api/cycles/{year}/results}), for the province roles only.
 */
@Controller
@RequiredArgsConstructor
class ResultsController {

    private final MinistryResultService results;
    private final GapAnalysisService analysis;
    private final ScoringService scoring;
    private final CurrentUser user;
    private final ZoneId zone;
    private final CriteriaSetNotes criteriaSetNotes;

    @GetMapping("/api/cycles/{year}/results")
    @ResponseBody
    ResponseEntity<Object> json(@PathVariable int year) {
        ResultsAccess.requireViewer(user);
        try {
            return ResponseEntity.ok(analysis.forYear(year));
        } catch (ValidationException e) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message", e.getMessage()));
        }
    }

    @PostMapping("/api/cycles/{year}/results")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    ResultsAnalysis enter(@PathVariable int year, @RequestBody ResultEntry entry) {
        ResultsAccess.requireCoordinator(user);
        results.enter(year, entry, user.userId());
        return analysis.forYear(year);
    }

    @GetMapping("/pages/results")
    String page(@RequestParam int year, Model model) {
        ResultsAccess.requireViewer(user);
        model.addAttribute("year", year);
        model.addAttribute("a", analysis.find(year).orElse(null));
        Cycle cycle = results.findAssessedCycle(year).orElse(null);
        model.addAttribute("cycle", cycle);
        // the scores of a sample criteria set are not the official ones: the page says so (issue 14 item 2)
        model.addAttribute("criteriaSetNote", cycle == null ? null
                : criteriaSetNotes.sampleLabel(cycle.criteriaSetCode()).orElse(null));
        model.addAttribute("canEnter", ResultsAccess.isCoordinator(user));
        model.addAttribute("fmt", new PageFormat(zone));
        return "pages/results";
    }

    @GetMapping("/pages/results/enter")
    String enterPage(@RequestParam int year, Model model, HttpServletRequest request) {
        ResultsAccess.requireCoordinator(user);
        Cycle cycle = assessedCycle(year);
        Map<String, String> values = new LinkedHashMap<>();
        var latest = results.latest(cycle.id());
        latest.ifPresent(result -> results.scoresOf(result.id())
                .forEach((code, score) -> values.put(code, VietnameseFormat.points(score))));
        render(model, request, cycle, values, latest.map(MinistryResult::decisionRef).orElse(""),
                latest.map(result -> result.publishedOn() == null ? "" : result.publishedOn().toString()).orElse(""),
                latest.map(result -> result.note() == null ? "" : result.note()).orElse(""), "", null);
        return "pages/results-enter";
    }

    @PostMapping("/pages/results/enter")
    String enterForm(@RequestParam int year, @RequestParam Map<String, String> form, Model model,
                     HttpServletRequest request, RedirectAttributes redirect) {
        ResultsAccess.requireCoordinator(user);
        Cycle cycle = assessedCycle(year);
        Map<String, String> values = new LinkedHashMap<>();
        List<ResultEntry.Item> items = new ArrayList<>();
        for (Criterion item : results.scoredItems(cycle)) {
            String value = form.getOrDefault("score_" + item.code(), "");
            values.put(item.code(), value);
            items.add(new ResultEntry.Item(item.code(), value));
        }
        ResultEntry entry = new ResultEntry(form.get("decisionRef"), form.get("publishedOn"), form.get("note"), items);
        return store(year, entry, model, request, redirect, cycle, values, "");
    }

    @PostMapping("/pages/results/paste")
    String paste(@RequestParam int year, @RequestParam Map<String, String> form, Model model, HttpServletRequest request,
                 RedirectAttributes redirect) {
        ResultsAccess.requireCoordinator(user);
        Cycle cycle = assessedCycle(year);
        List<String> problems = new ArrayList<>();
        List<ResultEntry.Item> items = PastedScores.parse(form.get("pasted"), problems);
        Map<String, String> values = new LinkedHashMap<>();
        items.forEach(item -> values.putIfAbsent(item.code(), String.valueOf(item.score())));
        if (!problems.isEmpty()) {
            render(model, request, cycle, values, form.get("decisionRef"), form.get("publishedOn"), form.get("note"),
                    form.getOrDefault("pasted", ""), new ValidationException(problems));
            return "pages/results-enter";
        }
        ResultEntry entry = new ResultEntry(form.get("decisionRef"), form.get("publishedOn"), form.get("note"), items);
        return store(year, entry, model, request, redirect, cycle, values, form.getOrDefault("pasted", ""));
    }

    private String store(int year, ResultEntry entry, Model model, HttpServletRequest request,
                         RedirectAttributes redirect, Cycle cycle, Map<String, String> values, String pasted) {
        try {
            MinistryResult stored = results.enter(year, entry, user.userId());
            redirect.addFlashAttribute("message", "Đã lưu kết quả của Bộ Nội vụ (lần nhập thứ " + stored.version() + ").");
            return "redirect:/pages/results?year=" + year;
        } catch (ValidationException e) {
            render(model, request, cycle, values, entry.decisionRef(), entry.publishedOn(), entry.note(), pasted, e);
            return "pages/results-enter";
        }
    }

    private void render(Model model, HttpServletRequest request, Cycle cycle, Map<String, String> values,
                        String decisionRef, String publishedOn, String note, String pasted, ValidationException error) {
        Map<String, ItemScore> self = new LinkedHashMap<>();
        scoring.latestScores(cycle.id()).forEach(score -> self.put(score.criterionCode(), score));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Criterion item : results.scoredItems(cycle)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", item.code());
            row.put("name", item.name());
            row.put("survey", !Boolean.TRUE.equals(item.selfScored()));
            row.put("maxPoints", VietnameseFormat.points(item.maxPoints()));
            ItemScore score = self.get(item.code());
            row.put("selfScore", score == null ? "" : score.notApplicable() ? "Không áp dụng" : VietnameseFormat.points(score.score()));
            row.put("value", values.getOrDefault(item.code(), ""));
            rows.add(row);
        }
        model.addAttribute("year", cycle.year());
        model.addAttribute("rows", rows);
        model.addAttribute("decisionRef", decisionRef == null ? "" : decisionRef);
        model.addAttribute("publishedOn", publishedOn == null ? "" : publishedOn);
        model.addAttribute("note", note == null ? "" : note);
        model.addAttribute("pasted", pasted == null ? "" : pasted);
        model.addAttribute("problems", error == null ? List.of() : error.problems());
        model.addAttribute("csrfToken", request.getAttribute("parCsrfToken"));
    }

    private Cycle assessedCycle(int year) {
        try {
            return results.assessedCycle(year);
        } catch (ValidationException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }
}
