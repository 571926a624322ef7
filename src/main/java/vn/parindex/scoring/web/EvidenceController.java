package vn.parindex.scoring.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.common.ValidationException;
import vn.parindex.cooperation.CooperationService;
import vn.parindex.cycle.CycleService;
import vn.parindex.evidence.EvidenceDocument;
import vn.parindex.evidence.EvidenceService;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.RoleGroups;
import vn.parindex.scoring.ScoreSheetRow;
import vn.parindex.scoring.ScoringService;
import vn.parindex.scoring.process.CycleTasks;
import vn.parindex.workflow.CurrentUser;
import vn.parindex.workflow.PeopleDirectory;

/**
 * The evidence page linked from the self-scoring form (form-js has no file upload): per item of the task, the files
 * uploaded so far and an upload field. Only the unit's own users and the province roles see a unit's evidence; to
 * anybody else the task, the page and every download are "not found". The form opens it in a new tab (the typed
 * scores stay in Tasklist); the page links back to the task. The uploader may delete a file of their own while the sheet
 * it was uploaded for is not yet submitted (logged in {@code evidence_deletion}).
 */
@Controller
class EvidenceController {

    private static final Set<String> PROVINCE_ROLES = Set.of(RoleGroups.SNV_COORDINATORS, RoleGroups.SNV_DIRECTOR,
            RoleGroups.CHAIRMAN, RoleGroups.VICE_CHAIRMAN);

    private final CycleTasks tasks;
    private final EvidenceService evidence;
    private final ScoringService scoring;
    private final CycleService cycles;
    private final OrgDirectoryService orgDirectory;
    private final CurrentUser user;
    private final PeopleDirectory people;
    private final String tasklistUrl;
    private final CooperationService cooperation;

    EvidenceController(CycleTasks tasks, EvidenceService evidence, ScoringService scoring, CycleService cycles,
                       OrgDirectoryService orgDirectory, CurrentUser user, PeopleDirectory people,
                       vn.parindex.common.ParProperties properties, CooperationService cooperation) {
        this.cooperation = cooperation;
        this.tasks = tasks;
        this.evidence = evidence;
        this.scoring = scoring;
        this.cycles = cycles;
        this.orgDirectory = orgDirectory;
        this.user = user;
        this.people = people;
        this.tasklistUrl = properties.tasklistUrl();
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EvidenceController.class);

    /** A file as the page lists it: the uploader's full name, the size in bytes, KB or MB, whether it may go. */
    record FileRow(long id, String fileName, String sizeText, String uploader, java.time.OffsetDateTime uploadedAt,
                   boolean deletable) {
    }

    record TaskContext(String taskId, long cycleId, String unitCode, boolean editable) {
    }

    /** What a cooperating unit sent this unit for its items (seed 003: "khi có yêu cầu"), by unit and person name. */
    record CooperationRow(String unitName, String itemCodes, String content, String evidenceRef, String sentBy,
                          java.time.OffsetDateTime sentAt) {
    }

    @GetMapping("/pages/evidence")
    String page(@RequestParam String task, Model model, HttpServletRequest request) {
        TaskContext context = context(task);
        render(context, model, request, null, null);
        return "pages/evidence";
    }

    @PostMapping("/pages/evidence")
    String upload(@RequestParam String task, @RequestParam String item, @RequestParam("file") MultipartFile file,
                  Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        TaskContext context = context(task);
        String error = null;
        String added = null;
        try {
            if (!context.editable()) {
                throw new ValidationException("Chỉ chuyên viên của đơn vị tải tài liệu lên khi đang tự chấm điểm.");
            }
            if (scoring.assignedItems(context.cycleId(), context.unitCode()).stream().noneMatch(i -> i.code().equals(item))) {
                throw new ValidationException("Tiêu chí " + item + " không được giao cho đơn vị.");
            }
            EvidenceDocument document = evidence.add(context.cycleId(), context.unitCode(), item, task,
                    file.getOriginalFilename(), file.getBytes(), user.userId());
            added = "Đã tải lên \"" + document.fileName() + "\" cho tiêu chí " + item + ".";
        } catch (ValidationException e) {
            error = e.getMessage();
            // the page shows the reason; the status tells scripts and tests that nothing was stored
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        render(context, model, request, added, error);
        return "pages/evidence";
    }

    @PostMapping("/pages/evidence/files/{id}/delete")
    String delete(@PathVariable long id, @RequestParam String task, Model model, HttpServletRequest request,
                  HttpServletResponse response) {
        TaskContext context = context(task);
        String error = null;
        String added = null;
        try {
            if (!context.editable()) {
                throw new ValidationException("Chỉ chuyên viên của đơn vị xóa tệp khi đang tự chấm điểm.");
            }
            EvidenceDocument document = evidence.find(id).filter(found -> found.cycleId() == context.cycleId()
                    && found.unitCode().equals(context.unitCode())).orElseThrow(EvidenceController::notFound);
            evidence.delete(document.id(), task, user.userId());
            LOG.info("Evidence file {} \"{}\" (item {}, unit {}, cycle {}) deleted by {}", document.id(),
                    document.fileName(), document.criterionCode(), document.unitCode(), document.cycleId(), user.userId());
            added = "Đã xóa tệp \"" + document.fileName() + "\" của tiêu chí " + document.criterionCode() + ".";
        } catch (ValidationException e) {
            error = e.getMessage();
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        }
        render(context, model, request, added, error);
        return "pages/evidence";
    }

    @GetMapping("/pages/evidence/files/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        var content = evidence.content(id).filter(found -> mayView(found.document().unitCode()))
                .orElseThrow(EvidenceController::notFound);
        EvidenceDocument document = content.document();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    private void render(TaskContext context, Model model, HttpServletRequest request, String added, String error) {
        Map<String, List<FileRow>> files = evidence.of(context.cycleId(), context.unitCode()).stream()
                .collect(java.util.stream.Collectors.groupingBy(EvidenceDocument::criterionCode,
                        java.util.stream.Collectors.mapping(document -> row(document, context),
                                java.util.stream.Collectors.toList())));
        List<ScoreSheetRow> items = scoring.sheet(context.cycleId(), context.unitCode());
        model.addAttribute("context", context);
        model.addAttribute("unitName", orgDirectory.get(context.unitCode()).name());
        model.addAttribute("year", cycles.get(context.cycleId()).year());
        model.addAttribute("items", items);
        model.addAttribute("files", files);
        model.addAttribute("cooperation", cooperation.receivedBy(context.cycleId(), context.unitCode()).stream()
                .map(input -> new CooperationRow(orgDirectory.get(input.unitCode()).name(), input.itemCodes(),
                        input.content(), input.evidenceRef(), people.userName(input.recordedBy()), input.recordedAt()))
                .toList());
        model.addAttribute("added", added);
        model.addAttribute("error", error);
        model.addAttribute("csrfToken", request.getAttribute("parCsrfToken"));
        // the path only: the page and Tasklist share the origin the browser used (par.tasklist-url may name another)
        model.addAttribute("taskUrl", java.net.URI.create(tasklistUrl).getRawPath() + "#/?task=" + context.taskId());
    }

    private FileRow row(EvidenceDocument document, TaskContext context) {
        boolean deletable = context.editable() && document.uploadedBy().equals(user.userId())
                && context.taskId().equals(document.taskId());
        return new FileRow(document.id(), document.fileName(), size(document.sizeBytes()),
                people.userName(document.uploadedBy()), document.uploadedAt(), deletable);
    }

    /** 210 bytes shows as "210 byte", not "0 KB"; larger files in KB or MB with a decimal comma. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " byte";
        }
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.#",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi-VN")));
        return bytes < 1024 * 1024 ? format.format(bytes / 1024.0) + " KB" : format.format(bytes / (1024.0 * 1024)) + " MB";
    }

    /** The task as the current user may see it (the engine checks), with its unit; else "not found". */
    private TaskContext context(String taskId) {
        CycleTasks.CycleTask task = tasks.find(taskId).filter(found -> mayView(found.unitCode()))
                .orElseThrow(EvidenceController::notFound);
        boolean editable = task.selfScore()
                && user.groups().contains(OrgDirectoryService.officersGroup(task.unitCode()));
        return new TaskContext(taskId, task.cycleId(), task.unitCode(), editable);
    }

    private boolean mayView(String unitCode) {
        return user.inAnyGroup(PROVINCE_ROLES) || user.groups().contains(OrgDirectoryService.officersGroup(unitCode))
                || user.groups().contains(OrgDirectoryService.headsGroup(unitCode));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy.");
    }
}
