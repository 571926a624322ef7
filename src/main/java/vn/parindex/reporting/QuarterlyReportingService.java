package vn.parindex.reporting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.common.FormInput;
import vn.parindex.common.ParProperties;
import vn.parindex.common.ValidationException;
import vn.parindex.common.VietnameseFormat;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.orgdirectory.OrgUnit;
import vn.parindex.orgdirectory.OrgUnitType;
import vn.parindex.office.word.Issue;
import vn.parindex.reporting.files.QuarterlyReportDocument;
import vn.parindex.orgdirectory.Signers;
import vn.parindex.workflow.Decision;
import vn.parindex.workflow.DecisionLog;
import vn.parindex.workflow.WorkRef;

/**
 * Quarterly reform reports in our tables: the quarter, each department's report per round, every decision, the
 * province's totals and each version of its report with the .docx, and the submission to the Ministry. Every write
 * validates everything first, so a refused input stores nothing.
 */
@Service
@Transactional
public class QuarterlyReportingService {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final ReportingSchedule schedule;
    private final OrgDirectoryService orgDirectory;
    private final QuarterlyReportDocument documents;
    private final ParProperties properties;
    private final ZoneId zone;
    private final DecisionLog decisions;
    private final Signers signers;

    QuarterlyReportingService(JdbcClient jdbc, ReportingSchedule schedule, OrgDirectoryService orgDirectory,
                              QuarterlyReportDocument documents, ParProperties properties, DecisionLog decisions,
                              Signers signers) {
        this.jdbc = jdbc;
        this.signers = signers;
        this.decisions = decisions;
        this.schedule = schedule;
        this.orgDirectory = orgDirectory;
        this.documents = documents;
        this.properties = properties;
        this.zone = properties.timeZone();
    }

    /** A quarter's report as the work its decisions belong to. */
    static WorkRef work(long reportId) {
        return WorkRef.of("QUARTERLY_REPORT", reportId);
    }

    /** Opens the quarter: its dates from the year's schedule, the reporting units valid on the request date. */
    public QuarterlyReport open(int year, int quarter, String processInstanceId, OffsetDateTime now) {
        ReportingYear reportingYear = schedule.get(year);
        QuarterDates dates = schedule.quarter(year, quarter);
        if (find(year, quarter).isPresent()) {
            throw new ValidationException("Báo cáo CCHC quý " + vn.parindex.common.VietnameseFormat.quarter(quarter) + " năm " + year + " đã được mở.");
        }
        // the units the year's data says report, as they exist on the request date (districts until 30/06/2025,
        // communes and wards from 01/07/2025), each for its own levels
        List<OrgUnit> units = orgDirectory.validOn(dates.requestOn(), reportingYear.unitTypes());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into quarterly_report (year, quarter, province, notice_policy_code, status,
                            process_instance_id, request_on, unit_report_due, review_due, draft_due, approval_due,
                            ministry_due, opened_at)
                        values (?, ?, ?, ?, 'COLLECTING', ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(year, quarter, reportingYear.province(), reportingYear.noticePolicy(), processInstanceId,
                        dates.requestOn(), due(dates.unitReportDue()), due(dates.reviewDue()), due(dates.draftDue()),
                        due(dates.approvalDue()), due(dates.ministryDue()), now)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (OrgUnit unit : units) {
            jdbc.sql("insert into quarterly_unit (report_id, unit_code, status, round, levels) values (?, ?, 'NOT_STARTED', 0, ?)")
                    .params(id, unit.code(), DossierLevel.join(reportingYear.levelsOf(unit.type()))).update();
        }
        return get(id);
    }

    private OffsetDateTime due(LocalDate date) {
        return date.atTime(properties.deadlineTime()).atZone(zone).toOffsetDateTime();
    }

    /**
     * Moves one due date of an open quarter, keeping the dates in order (request date, units, SNV review, draft,
     * Chairman, Ministry) and not into the past. Returns the old value; the caller moves the tasks and timers.
     */
    public OffsetDateTime changeDeadline(long reportId, QuarterlyDeadline deadline, LocalDate newDate, OffsetDateTime now) {
        QuarterlyReport report = get(reportId);
        if (report.status() == QuarterlyReportStatus.SUBMITTED) {
            throw new ValidationException("Báo cáo CCHC " + report.label() + " đã gửi Bộ Nội vụ; không thể đổi thời hạn.");
        }
        if (newDate == null) {
            throw new ValidationException("Vui lòng nhập ngày mới cho " + lower(deadline.label()) + ".");
        }
        OffsetDateTime[] dates = {report.unitReportDue(), report.reviewDue(), report.draftDue(), report.approvalDue(),
                report.ministryDue()};
        OffsetDateTime old = dates[deadline.ordinal()];
        OffsetDateTime value = due(newDate);
        if (value.isEqual(old)) {
            throw new ValidationException(deadline.label() + " đã là ngày " + VietnameseFormat.date(newDate)
                    + "; không có gì thay đổi.");
        }
        List<String> problems = new ArrayList<>();
        if (!value.isAfter(now)) {
            problems.add("Ngày mới (" + VietnameseFormat.date(newDate) + ") đã qua; hạn mới phải sau thời điểm hiện tại.");
        }
        dates[deadline.ordinal()] = value;
        if (newDate.isBefore(report.requestOn())) {
            problems.add("Ngày mới (" + VietnameseFormat.date(newDate) + ") trước ngày yêu cầu báo cáo ("
                    + VietnameseFormat.date(report.requestOn()) + ").");
        }
        for (int i = 1; i < dates.length; i++) {
            if (dates[i].isBefore(dates[i - 1])) {
                problems.add("Các thời hạn của báo cáo quý phải theo thứ tự: " + lower(QuarterlyDeadline.values()[i].label())
                        + " (" + VietnameseFormat.date(dates[i].atZoneSameInstant(zone).toLocalDate()) + ") không được trước "
                        + lower(QuarterlyDeadline.values()[i - 1].label()) + " ("
                        + VietnameseFormat.date(dates[i - 1].atZoneSameInstant(zone).toLocalDate()) + ").");
            }
        }
        ValidationException.throwIfAny(problems);
        jdbc.sql("update quarterly_report set " + deadline.column() + " = ? where id = ?").params(value, reportId).update();
        return old;
    }

    private static String lower(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    @Transactional(readOnly = true)
    public QuarterlyReport get(long id) {
        return jdbc.sql("select * from quarterly_report where id = ?").param(id).query(this::report).optional()
                .orElseThrow(() -> new ValidationException("Không tìm thấy báo cáo CCHC hằng quý " + id + "."));
    }

    @Transactional(readOnly = true)
    public Optional<QuarterlyReport> find(int year, int quarter) {
        return jdbc.sql("select * from quarterly_report where year = ? and quarter = ?").params(year, quarter)
                .query(this::report).optional();
    }

    private QuarterlyReport report(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new QuarterlyReport(rs.getLong("id"), rs.getInt("year"), rs.getInt("quarter"), rs.getString("province"),
                rs.getString("notice_policy_code"), QuarterlyReportStatus.valueOf(rs.getString("status")),
                rs.getObject("request_on", LocalDate.class), time(rs, "unit_report_due"), time(rs, "review_due"),
                time(rs, "draft_due"), time(rs, "approval_due"), time(rs, "ministry_due"));
    }

    private OffsetDateTime time(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
    }

    @Transactional(readOnly = true)
    public List<String> unitCodes(long reportId) {
        return jdbc.sql("select unit_code from quarterly_unit where report_id = ? order by unit_code").param(reportId)
                .query(String.class).list();
    }

    @Transactional(readOnly = true)
    public QuarterlyUnitStatus unitStatus(long reportId, String unitCode) {
        return QuarterlyUnitStatus.valueOf(jdbc.sql("select status from quarterly_unit where report_id = ? and unit_code = ?")
                .params(reportId, unitCode).query(String.class).single());
    }

    /** The dossier levels a unit reports in a quarter. */
    @Transactional(readOnly = true)
    public Set<DossierLevel> unitLevels(long reportId, String unitCode) {
        return DossierLevel.parse(jdbc.sql("select levels from quarterly_unit where report_id = ? and unit_code = ?")
                .params(reportId, unitCode).query(String.class).single());
    }

    /** The dossier levels of a quarter's report: those its units report (no district level after 30/06/2025). */
    @Transactional(readOnly = true)
    public Set<DossierLevel> reportLevels(long reportId) {
        Set<DossierLevel> levels = EnumSet.noneOf(DossierLevel.class);
        jdbc.sql("select distinct levels from quarterly_unit where report_id = ?").param(reportId).query(String.class).list()
                .forEach(stored -> levels.addAll(DossierLevel.parse(stored)));
        return levels;
    }

    /** Where a department stands in a quarter, with the time of its latest report (null before the first). */
    public record UnitState(String unitCode, QuarterlyUnitStatus status, int round, OffsetDateTime lastSubmittedAt) {
    }

    @Transactional(readOnly = true)
    public List<UnitState> unitStates(long reportId) {
        return jdbc.sql("""
                        select u.unit_code, u.status, u.round, (select max(r.submitted_at) from quarterly_unit_report r
                            where r.report_id = u.report_id and r.unit_code = u.unit_code) as last_submitted_at
                        from quarterly_unit u where u.report_id = ? order by u.unit_code""")
                .param(reportId)
                .query((rs, row) -> new UnitState(rs.getString(1), QuarterlyUnitStatus.valueOf(rs.getString(2)), rs.getInt(3),
                        time(rs, "last_submitted_at"))).list();
    }

    /** The quarters of a year that have been opened, in order. */
    @Transactional(readOnly = true)
    public List<QuarterlyReport> ofYear(int year) {
        return jdbc.sql("select * from quarterly_report where year = ? order by quarter").param(year).query(this::report).list();
    }

    /** The Chairman's latest decision on the provincial report, if any: on which version, approve or return. */
    @Transactional(readOnly = true)
    public Optional<Map.Entry<Integer, Decision>> latestChairmanDecision(long reportId) {
        return decisions.latest(work(reportId), null, List.of(QuarterlyStep.CHAIRMAN_APPROVAL.name()))
                .map(decision -> Map.entry(decision.round(), Decision.valueOf(decision.decision())));
    }

    private int round(long reportId, String unitCode) {
        return jdbc.sql("select round from quarterly_unit where report_id = ? and unit_code = ?")
                .params(reportId, unitCode).query(Integer.class).single();
    }

    /** Stores a department's report as its next round, after checking every figure and text. */
    public int submitUnitReport(long reportId, String unitCode, Map<String, Object> form, String actor, String taskId,
                                OffsetDateTime now) {
        ReportContent content = ReportContent.parse(form, unitLevels(reportId, unitCode));
        int round = round(reportId, unitCode) + 1;
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into quarterly_unit_report (report_id, unit_code, round, submitted_by, submitted_at, task_id)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(reportId, unitCode, round, actor, now, taskId).update(keys, "id");
        long unitReportId = keys.getKey().longValue();
        content.figures().forEach((figure, amount) -> jdbc.sql(
                        "insert into quarterly_unit_figure (unit_report_id, code, amount) values (?, ?, ?)")
                .params(unitReportId, figure.key(), amount).update());
        content.texts().forEach((text, value) -> {
            if (!value.isEmpty()) {
                jdbc.sql("insert into quarterly_unit_text (unit_report_id, code, content) values (?, ?, ?)")
                        .params(unitReportId, text.key(), value).update();
            }
        });
        jdbc.sql("update quarterly_unit set round = ?, status = 'SUBMITTED' where report_id = ? and unit_code = ?")
                .params(round, reportId, unitCode).update();
        return round;
    }

    /** The department's latest report, if it has submitted one. */
    @Transactional(readOnly = true)
    public Optional<ReportContent> latestUnitReport(long reportId, String unitCode) {
        return jdbc.sql("""
                        select id from quarterly_unit_report where report_id = ? and unit_code = ?
                        order by round desc limit 1""")
                .params(reportId, unitCode).query(Long.class).optional().map(this::content);
    }

    private ReportContent content(long unitReportId) {
        Map<QuarterlyFigure, Long> figures = new EnumMap<>(QuarterlyFigure.class);
        jdbc.sql("select code, amount from quarterly_unit_figure where unit_report_id = ?").param(unitReportId)
                .query((rs, row) -> figures.put(QuarterlyFigure.byKey(rs.getString(1)), rs.getLong(2))).list();
        Map<QuarterlyText, String> texts = new EnumMap<>(QuarterlyText.class);
        jdbc.sql("select code, content from quarterly_unit_text where unit_report_id = ?").param(unitReportId)
                .query((rs, row) -> texts.put(QuarterlyText.byKey(rs.getString(1)), rs.getString(2))).list();
        return new ReportContent(figures, texts);
    }

    /** Records a decision with who and when; on a department's report it also moves the department's status. */
    public void decide(long reportId, String unitCode, QuarterlyStep step, Decision decision, String comment,
                       String actor, String taskId) {
        int round = unitCode == null ? latestVersion(reportId).map(ReportVersion::version).orElse(0)
                : round(reportId, unitCode);
        decisions.record(work(reportId), unitCode, step.name(), round, decision.name(), comment, actor, taskId);
        if (unitCode != null) {
            QuarterlyUnitStatus status = decision == Decision.RETURN ? QuarterlyUnitStatus.RETURNED
                    : step == QuarterlyStep.UNIT_SIGN_OFF ? QuarterlyUnitStatus.SIGNED_OFF : QuarterlyUnitStatus.ACCEPTED;
            jdbc.sql("update quarterly_unit set status = ? where report_id = ? and unit_code = ?")
                    .params(status.name(), reportId, unitCode).update();
        } else if (step == QuarterlyStep.CHAIRMAN_APPROVAL && decision == Decision.APPROVE) {
            setStatus(reportId, QuarterlyReportStatus.APPROVED);
        }
    }

    /** The comment of the latest return at one of the steps that is still pending (no later submission). */
    @Transactional(readOnly = true)
    public String pendingReturnComment(long reportId, String unitCode, List<QuarterlyStep> steps) {
        if (steps.isEmpty()) {
            return "";
        }
        String latest = decisions.latest(work(reportId), unitCode, steps.stream().map(Enum::name).toList())
                .map(decision -> decision.isReturn() ? decision.comment() : "").orElse("");
        if (unitCode != null && unitStatus(reportId, unitCode) != QuarterlyUnitStatus.RETURNED) {
            return "";
        }
        return latest == null ? "" : latest;
    }

    /** Sums the accepted reports into the province's totals (stored), once every department is accepted. */
    public ProvincialTotals consolidate(long reportId) {
        List<String> pending = jdbc.sql("select unit_code from quarterly_unit where report_id = ? and status <> 'ACCEPTED'")
                .param(reportId).query(String.class).list();
        if (!pending.isEmpty()) {
            throw new ValidationException("Chưa thể tổng hợp: còn đơn vị chưa được chấp nhận báo cáo (" + String.join(", ", pending) + ").");
        }
        List<String> units = unitCodes(reportId);
        List<ReportContent> reports = units.stream().map(unit -> latestUnitReport(reportId, unit).orElseThrow()).toList();
        ProvincialTotals totals = ProvincialTotals.sum(reports, unitNames(units), reportLevels(reportId));
        jdbc.sql("delete from quarterly_total where report_id = ?").param(reportId).update();
        totals.totals().forEach((figure, amount) -> jdbc.sql(
                "insert into quarterly_total (report_id, code, amount) values (?, ?, ?)")
                .params(reportId, figure.key(), amount).update());
        setStatus(reportId, QuarterlyReportStatus.DRAFTING);
        return totals;
    }

    private List<String> unitNames(List<String> units) {
        return units.stream().map(unit -> orgDirectory.find(unit).map(OrgUnit::name).orElse(unit)).toList();
    }

    @Transactional(readOnly = true)
    public ProvincialTotals totals(long reportId) {
        Map<QuarterlyFigure, Long> totals = new EnumMap<>(QuarterlyFigure.class);
        jdbc.sql("select code, amount from quarterly_total where report_id = ?").param(reportId)
                .query((rs, row) -> totals.put(QuarterlyFigure.byKey(rs.getString(1)), rs.getLong(2))).list();
        return new ProvincialTotals(totals, unitNames(unitCodes(reportId)), reportLevels(reportId));
    }

    /**
     * The totals since the start of the half-year (Q2: the six-month report) or of the year (Q4: the yearly report):
     * every consolidated quarter of the period summed, the backlog being the one carried into its first quarter.
     * Empty for Q1 and Q3, whose report covers the quarter alone.
     */
    @Transactional(readOnly = true)
    public Optional<CumulativeTotals> cumulativeTotals(long reportId) {
        QuarterlyReport report = get(reportId);
        if (report.quarter() % 2 == 1) {
            return Optional.empty();
        }
        int first = 1; // the half-year and the year both start with quarter I
        List<Integer> quarters = new ArrayList<>();
        List<ProvincialTotals> parts = new ArrayList<>();
        for (QuarterlyReport quarter : ofYear(report.year())) {
            if (quarter.quarter() < first || quarter.quarter() > report.quarter()) {
                continue;
            }
            ProvincialTotals totals = totals(quarter.id());
            if (!totals.totals().isEmpty()) {
                quarters.add(quarter.quarter());
                parts.add(totals);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(new CumulativeTotals(quarters, ProvincialTotals.over(parts)));
    }


    /** What SNV's draft form starts with: the last version, else every department's texts, one per line. */
    @Transactional(readOnly = true)
    public Map<QuarterlyText, String> draftSuggestion(long reportId) {
        Optional<ReportVersion> last = latestVersion(reportId);
        if (last.isPresent()) {
            return last.get().narrative();
        }
        Map<QuarterlyText, String> suggestion = new EnumMap<>(QuarterlyText.class);
        for (QuarterlyText text : QuarterlyText.values()) {
            List<String> lines = new ArrayList<>();
            for (String unit : unitCodes(reportId)) {
                latestUnitReport(reportId, unit).map(r -> r.text(text)).filter(t -> !t.isEmpty())
                        .ifPresent(t -> lines.add("- " + orgDirectory.find(unit).map(OrgUnit::name).orElse(unit) + ": " + t));
            }
            String joined = String.join("\n", lines);
            suggestion.put(text, joined.length() > QuarterlyText.MAX_LENGTH ? joined.substring(0, QuarterlyText.MAX_LENGTH) : joined);
        }
        return suggestion;
    }

    /** Stores SNV's narrative as the next version with the .docx generated from our tables. */
    public ReportVersion saveDraft(long reportId, Map<String, Object> form, String actor, OffsetDateTime now) {
        List<String> problems = new ArrayList<>();
        Map<QuarterlyText, String> narrative = new EnumMap<>(QuarterlyText.class);
        for (QuarterlyText text : QuarterlyText.values()) {
            String label = "nội dung \"" + text.label() + "\"";
            String value = text.required() || text == QuarterlyText.DIRECTION
                    ? FormInput.requiredText(form.get(text.key()), label, QuarterlyText.MAX_LENGTH, problems)
                    : FormInput.optionalText(form.get(text.key()), label, QuarterlyText.MAX_LENGTH, problems);
            narrative.put(text, value == null ? "" : value);
        }
        ValidationException.throwIfAny(problems);
        QuarterlyReport report = get(reportId);
        int version = latestVersion(reportId).map(ReportVersion::version).orElse(0) + 1;
        byte[] docx = documents.write(report, totals(reportId), cumulativeTotals(reportId), narrative, version);
        String fileName = "bao-cao-cchc-" + report.year() + "-quy-" + report.quarter() + "-v" + version + ".docx";
        jdbc.sql("""
                        insert into quarterly_report_version (report_id, version, narrative, file_name, document,
                            drafted_by, drafted_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(reportId, version, json(narrative), fileName, docx, actor, now).update();
        return version(reportId, version).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<ReportVersion> latestVersion(long reportId) {
        return jdbc.sql("select max(version) from quarterly_report_version where report_id = ?").param(reportId)
                .query(Integer.class).optional().flatMap(v -> v == null ? Optional.empty() : version(reportId, v));
    }

    @Transactional(readOnly = true)
    public Optional<ReportVersion> version(long reportId, int version) {
        return jdbc.sql("select * from quarterly_report_version where report_id = ? and version = ?")
                .params(reportId, version)
                .query((rs, row) -> new ReportVersion(reportId, rs.getInt("version"), narrative(rs.getString("narrative")),
                        rs.getString("file_name"), rs.getBytes("document"), rs.getString("drafted_by"),
                        time(rs, "drafted_at"))).optional();
    }

    /** Records the report sent to the Ministry (number and date) and closes the quarter. */
    public QuarterlySubmission recordSubmission(long reportId, Map<String, Object> form, String actor, OffsetDateTime now) {
        List<String> problems = new ArrayList<>();
        String number = FormInput.requiredText(form.get("documentNumber"), "số, ký hiệu báo cáo", 100, problems);
        LocalDate sentOn = FormInput.requiredDate(form.get("sentOn"), "ngày gửi Bộ Nội vụ", problems);
        String note = FormInput.optionalText(form.get("submissionNote"), "ghi chú", 2000, problems);
        QuarterlyReport report = get(reportId);
        if (sentOn != null && (sentOn.isAfter(now.atZoneSameInstant(zone).toLocalDate()) || sentOn.isBefore(report.requestOn()))) {
            problems.add("Ngày gửi Bộ Nội vụ phải từ ngày yêu cầu báo cáo (" + vn.parindex.common.VietnameseFormat.date(report.requestOn())
                    + ") đến hôm nay.");
        }
        ValidationException.throwIfAny(problems);
        if (report.status() != QuarterlyReportStatus.APPROVED) {
            throw new ValidationException("Báo cáo chưa được Chủ tịch UBND tỉnh phê duyệt.");
        }
        int version = latestVersion(reportId).orElseThrow().version();
        jdbc.sql("""
                        insert into quarterly_submission (report_id, document_number, sent_on, version, note, recorded_by,
                            recorded_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(reportId, number, sentOn, version, note, actor, now).update();
        reissue(report, version, number, sentOn);
        jdbc.sql("update quarterly_report set status = 'SUBMITTED', closed_at = ? where id = ?").params(now, reportId).update();
        return submission(reportId).orElseThrow();
    }

    /**
     * The sent version again, now with its number, date and the name of the Chairman who approved it (Nghị định
     * 30/2020: the number and date are filled in when the document is issued); the text is the approved one.
     */
    private void reissue(QuarterlyReport report, int version, String number, LocalDate sentOn) {
        ReportVersion sent = version(report.id(), version).orElseThrow();
        String approver = decisions.latest(work(report.id()), null, List.of(QuarterlyStep.CHAIRMAN_APPROVAL.name()))
                .map(decision -> decision.decidedBy()).orElse(null);
        byte[] issued = documents.write(report, totals(report.id()), cumulativeTotals(report.id()), sent.narrative(), version,
                signers.signed(new Issue(number, sentOn, null, sentOn.getYear()), approver));
        jdbc.sql("update quarterly_report_version set document = ? where report_id = ? and version = ?")
                .params(issued, report.id(), version).update();
    }

    @Transactional(readOnly = true)
    public Optional<QuarterlySubmission> submission(long reportId) {
        return jdbc.sql("select * from quarterly_submission where report_id = ?").param(reportId)
                .query((rs, row) -> new QuarterlySubmission(reportId, rs.getString("document_number"),
                        rs.getObject("sent_on", LocalDate.class), rs.getInt("version"), rs.getString("note"),
                        rs.getString("recorded_by"), time(rs, "recorded_at"))).optional();
    }

    private void setStatus(long reportId, QuarterlyReportStatus status) {
        jdbc.sql("update quarterly_report set status = ? where id = ?").params(status.name(), reportId).update();
    }

    private static String json(Map<QuarterlyText, String> narrative) {
        Map<String, String> byKey = new LinkedHashMap<>();
        narrative.forEach((text, value) -> byKey.put(text.key(), value));
        try {
            return JSON.writeValueAsString(byKey);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<QuarterlyText, String> narrative(String json) {
        try {
            Map<String, String> byKey = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
            Map<QuarterlyText, String> narrative = new EnumMap<>(QuarterlyText.class);
            byKey.forEach((key, value) -> narrative.put(QuarterlyText.byKey(key), value));
            return narrative;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
