package vn.parindex.referencedata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.criteria.CriteriaRules;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.orgdirectory.OrgUnitType;
import vn.parindex.referencedata.DataFiles.CalendarEntry;
import vn.parindex.referencedata.DataFiles.CriteriaSetFile;
import vn.parindex.referencedata.DataFiles.ItemEntry;
import vn.parindex.referencedata.DataFiles.MatrixEntry;
import vn.parindex.referencedata.DataFiles.UnitEntry;
import vn.parindex.referencedata.DataFiles.YearFile;

/** Checks the reference data files completely before anything is stored. Messages are Vietnamese. */
final class ReferenceDataValidator {

    private ReferenceDataValidator() {
    }

    static List<String> validateUnits(String file, List<UnitEntry> units) {
        List<String> problems = new ArrayList<>();
        if (units == null || units.isEmpty()) {
            problems.add(file + ": chưa có đơn vị nào.");
            return problems;
        }
        Set<String> codes = new HashSet<>();
        for (UnitEntry unit : units) {
            String where = file + ", đơn vị " + unit.code() + ": ";
            if (!CriteriaRules.isUnitCode(unit.code())) {
                problems.add(where + "mã đơn vị chỉ gồm chữ in hoa không dấu và chữ số (2–20 ký tự).");
            } else if (!codes.add(unit.code())) {
                problems.add(where + "mã đơn vị bị trùng.");
            }
            if (isBlank(unit.name())) {
                problems.add(where + "thiếu tên đơn vị.");
            }
            if (!isEnum(OrgUnitType.class, unit.type())) {
                problems.add(where + "loại đơn vị phải là DEPARTMENT, DISTRICT, COMMUNE hoặc CENTRAL_AGENCY.");
            }
            if (unit.validFrom() == null) {
                problems.add(where + "thiếu ngày bắt đầu hiệu lực (validFrom).");
            } else if (unit.validTo() != null && unit.validTo().isBefore(unit.validFrom())) {
                problems.add(where + "ngày hết hiệu lực trước ngày bắt đầu hiệu lực.");
            }
        }
        for (UnitEntry unit : units) {
            for (String predecessor : unit.predecessorsOrEmpty()) {
                if (!codes.contains(predecessor)) {
                    problems.add(file + ", đơn vị " + unit.code() + ": đơn vị tiền thân " + predecessor + " không có trong danh mục.");
                } else if (predecessor.equals(unit.code())) {
                    problems.add(file + ", đơn vị " + unit.code() + ": một đơn vị không thể là tiền thân của chính nó.");
                }
            }
        }
        return problems;
    }

    static List<String> validateCriteriaSet(String file, CriteriaSetFile set) {
        List<String> problems = new ArrayList<>();
        if (isBlank(set.code()) || isBlank(set.name()) || isBlank(set.decision())) {
            problems.add(file + ": thiếu mã, tên hoặc căn cứ (quyết định) của bộ tiêu chí.");
        }
        if (set.items() == null || set.items().isEmpty()) {
            problems.add(file + ": bộ tiêu chí chưa có lĩnh vực nào.");
            return problems;
        }
        Set<String> seen = new HashSet<>();
        BigDecimal fieldsTotal = BigDecimal.ZERO;
        for (int i = 0; i < set.items().size(); i++) {
            ItemEntry field = set.items().get(i);
            checkItem(file, field, null, String.valueOf(i + 1), seen, problems);
            fieldsTotal = fieldsTotal.add(orZero(field.maxPoints()));
        }
        if (set.totalPoints() == null || fieldsTotal.compareTo(set.totalPoints()) != 0) {
            problems.add(file + ": tổng điểm các lĩnh vực là " + fieldsTotal.stripTrailingZeros().toPlainString()
                    + ", không bằng tổng điểm của bộ tiêu chí (" + set.totalPoints() + ").");
        }
        BigDecimal surveyTotal = set.items().stream().map(ReferenceDataValidator::surveyPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (set.surveyPoints() == null || surveyTotal.compareTo(set.surveyPoints()) != 0) {
            problems.add(file + ": tổng điểm các tiêu chí điều tra xã hội học là " + surveyTotal.stripTrailingZeros().toPlainString()
                    + ", không bằng " + set.surveyPoints() + ".");
        }
        return problems;
    }

    private static void checkItem(String file, ItemEntry item, String parentCode, String expectedCode,
                                  Set<String> seen, List<String> problems) {
        String where = file + ", tiêu chí " + item.code() + ": ";
        if (!CriteriaRules.isItemCode(item.code())) {
            problems.add(file + ": mã tiêu chí \"" + item.code() + "\" không đúng dạng 1, 1.1, 1.1.1.");
        } else if (!seen.add(item.code())) {
            problems.add(where + "mã bị trùng.");
        } else if (!item.code().equals(expectedCode)) {
            problems.add(where + "mã phải là " + expectedCode + " theo vị trí trong cây"
                    + (parentCode == null ? "." : " (con của " + parentCode + ")."));
        }
        if (isBlank(item.name())) {
            problems.add(where + "thiếu tên.");
        }
        if (!CriteriaRules.isValidMaxPoints(item.maxPoints())) {
            problems.add(where + "điểm tối đa phải là số không âm, tối đa 2 chữ số thập phân.");
        }
        if (item.isLeaf()) {
            checkLeaf(where, item, problems);
            return;
        }
        if (item.scoringMethod() != null || item.selfScored() != null || item.naAllowed() != null
                || item.evidence() != null || item.guidance() != null) {
            problems.add(where + "chỉ tiêu chí không có tiêu chí con mới có cách chấm điểm, tài liệu kiểm chứng, hướng dẫn.");
        }
        BigDecimal childrenTotal = BigDecimal.ZERO;
        for (int i = 0; i < item.children().size(); i++) {
            ItemEntry child = item.children().get(i);
            checkItem(file, child, item.code(), item.code() + "." + (i + 1), seen, problems);
            childrenTotal = childrenTotal.add(orZero(child.maxPoints()));
        }
        if (item.maxPoints() != null && childrenTotal.compareTo(item.maxPoints()) != 0) {
            problems.add(where + "điểm tối đa " + item.maxPoints().stripTrailingZeros().toPlainString()
                    + " không bằng tổng điểm các tiêu chí con (" + childrenTotal.stripTrailingZeros().toPlainString() + ").");
        }
    }

    private static void checkLeaf(String where, ItemEntry item, List<String> problems) {
        if (!isEnum(ScoringMethod.class, item.scoringMethod())) {
            problems.add(where + "cách chấm điểm phải là một trong BINARY, PROPORTIONAL, GRADED, MANUAL, SURVEY.");
        }
        if (item.selfScored() == null || item.naAllowed() == null) {
            problems.add(where + "phải nêu selfScored và naAllowed.");
        } else if (item.selfScored() == "SURVEY".equals(item.scoringMethod())) {
            problems.add(where + "tiêu chí điều tra xã hội học không tự chấm; các tiêu chí khác phải tự chấm.");
        }
        if (isBlank(item.guidance())) {
            problems.add(where + "thiếu hướng dẫn cách tính điểm.");
        }
        if (Boolean.TRUE.equals(item.selfScored()) && isBlank(item.evidence())) {
            problems.add(where + "thiếu yêu cầu tài liệu kiểm chứng.");
        }
    }

    static List<String> validateYear(String file, YearFile year, CriteriaSetFile set, Map<String, UnitEntry> units) {
        List<String> problems = new ArrayList<>();
        if (year.year() == null || year.year() < 2000 || year.year() > 2100) {
            problems.add(file + ": năm đánh giá không hợp lệ.");
            return problems;
        }
        if (isBlank(year.province())) {
            problems.add(file + ": thiếu tên tỉnh.");
        }
        if (set == null) {
            problems.add(file + ": bộ tiêu chí \"" + year.criteriaSet() + "\" không có trong data/criteria-sets.");
            return problems;
        }
        if (year.planParticipants() == null || year.planParticipants().isEmpty()
                || !year.planParticipants().stream().allMatch(type -> isEnum(OrgUnitType.class, type))) {
            problems.add(file + ": planParticipants phải liệt kê loại đơn vị (DEPARTMENT, DISTRICT, COMMUNE, CENTRAL_AGENCY).");
        }
        problems.addAll(validateCalendar(file, year.calendar()));
        if (year.calendar() == null || !problems.isEmpty()) {
            return problems;
        }
        problems.addAll(validateDuties(file, year, units));
        Map<String, ItemEntry> items = new LinkedHashMap<>();
        set.items().forEach(field -> index(field, items));
        Map<String, String> leads = new HashMap<>();
        Set<String> listed = new HashSet<>();
        for (MatrixEntry entry : year.matrix() == null ? List.<MatrixEntry>of() : year.matrix()) {
            String where = file + ", phân công tiêu chí " + entry.item() + ": ";
            if (!items.containsKey(entry.item())) {
                problems.add(where + "không có trong bộ tiêu chí " + set.code() + ".");
            } else if (!listed.add(entry.item())) {
                problems.add(where + "được phân công hai lần.");
            }
            checkUnitValid(where, entry.lead(), units, year.calendar(), problems);
            entry.cooperatingOrEmpty().forEach(code -> checkUnitValid(where, code, units, year.calendar(), problems));
            leads.put(entry.item(), entry.lead());
        }
        for (ItemEntry item : items.values()) {
            if (item.isLeaf() && Boolean.TRUE.equals(item.selfScored()) && resolveLead(item.code(), leads) == null) {
                problems.add(file + ": tiêu chí " + item.code() + " chưa được giao cho đơn vị nào chủ trì.");
            }
        }
        return problems;
    }

    /** The focal officials' duty (seed 003): a date no later than the units' self-scores, and units that exist. */
    private static List<String> validateDuties(String file, YearFile year, Map<String, UnitEntry> units) {
        List<String> problems = new ArrayList<>();
        validateSurveyAndCooperation(file, year, units, problems);
        var focal = year.duties() == null ? null : year.duties().focalOfficials();
        if (focal == null) {
            return problems;
        }
        if (focal.due() == null || focal.units() == null || focal.units().isEmpty()) {
            problems.add(file + ": duties.focalOfficials phải có hạn (due) và danh sách đơn vị (units).");
            return problems;
        }
        if (focal.due().isAfter(year.calendar().unitScoreDue())) {
            problems.add(file + ": hạn cử đầu mối, tài khoản (duties.focalOfficials.due) phải không muộn hơn hạn "
                    + "đơn vị nộp kết quả tự chấm (unitScoreDue).");
        }
        for (String code : focal.units()) {
            checkUnitValid(file + ", cử đầu mối: ", code, units, year.calendar(), problems);
        }
        for (String code : focal.singleOfficialOrEmpty()) {
            if (!focal.units().contains(code)) {
                problems.add(file + ": đơn vị " + code + " trong duties.focalOfficials.singleOfficial không có trong units.");
            }
        }
        return problems;
    }

    /** The leaders' e-survey and the cooperating units' input (seed 003 item 2): dates and units that exist. */
    private static void validateSurveyAndCooperation(String file, YearFile year, Map<String, UnitEntry> units,
                                                     List<String> problems) {
        var survey = year.duties() == null ? null : year.duties().leadersSurvey();
        if (survey != null) {
            if (survey.due() == null || survey.units() == null || survey.units().isEmpty()) {
                problems.add(file + ": duties.leadersSurvey phải có hạn (due) và danh sách đơn vị (units).");
            } else {
                if (survey.due().isAfter(year.calendar().unitScoreDue())) {
                    problems.add(file + ": hạn lãnh đạo trả lời phiếu khảo sát (duties.leadersSurvey.due) phải không "
                            + "muộn hơn hạn đơn vị nộp kết quả tự chấm (unitScoreDue).");
                }
                for (String code : survey.units()) {
                    checkUnitValid(file + ", khảo sát lãnh đạo: ", code, units, year.calendar(), problems);
                }
            }
        }
        var cooperation = year.duties() == null ? null : year.duties().cooperatingInput();
        if (cooperation != null && (cooperation.workingDaysBeforeUnitScoreDue() == null
                || cooperation.workingDaysBeforeUnitScoreDue() < 0 || cooperation.workingDaysBeforeUnitScoreDue() > 30)) {
            problems.add(file + ": duties.cooperatingInput.workingDaysBeforeUnitScoreDue phải là số ngày làm việc "
                    + "từ 0 đến 30.");
        }
    }

    private static List<String> validateCalendar(String file, CalendarEntry calendar) {
        List<String> problems = new ArrayList<>();
        if (calendar == null || calendar.planDue() == null || calendar.selfAssessmentOpens() == null
                || calendar.unitScoreDue() == null || calendar.reportToChairmanDue() == null
                || calendar.chairmanApprovalDue() == null || calendar.ministryDeadline() == null) {
            problems.add(file + ": lịch năm phải có đủ 6 mốc (planDue, selfAssessmentOpens, unitScoreDue, "
                    + "reportToChairmanDue, chairmanApprovalDue, ministryDeadline).");
            return problems;
        }
        for (String key : calendar.deliberateOrEmpty()) {
            if (!calendar.dates().containsKey(key)) {
                problems.add(file + ": deliberate liệt kê \"" + key + "\" nhưng lịch năm không có mốc này (các mốc: "
                        + String.join(", ", CalendarEntry.KEYS) + ").");
            }
        }
        List<LocalDate> ordered = List.of(calendar.selfAssessmentOpens(), calendar.unitScoreDue(),
                calendar.reportToChairmanDue(), calendar.chairmanApprovalDue(), calendar.ministryDeadline());
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).isBefore(ordered.get(i - 1))) {
                problems.add(file + ": các mốc tự đánh giá phải theo thứ tự: mở tự đánh giá ≤ hạn đơn vị nộp ≤ "
                        + "hạn trình Chủ tịch ≤ hạn phê duyệt ≤ hạn gửi Bộ Nội vụ.");
                break;
            }
        }
        // the dates after the submission are optional; those given follow the submission and each other
        LocalDate previous = calendar.ministryDeadline();
        for (LocalDate after : java.util.Arrays.asList(calendar.appraisalDue(), calendar.explanationDue(),
                calendar.resultsDue())) {
            if (after == null) {
                continue;
            }
            if (!after.isAfter(previous)) {
                problems.add(file + ": các mốc sau khi gửi báo cáo phải theo thứ tự: hạn gửi Bộ Nội vụ < dự kiến có "
                        + "kết quả thẩm định (appraisalDue) < hạn gửi báo cáo giải trình (explanationDue) < dự kiến "
                        + "công bố kết quả (resultsDue).");
                break;
            }
            previous = after;
        }
        return problems;
    }

    private static void checkUnitValid(String where, String code, Map<String, UnitEntry> units,
                                       CalendarEntry calendar, List<String> problems) {
        UnitEntry unit = units.get(code);
        if (unit == null) {
            problems.add(where + "đơn vị " + code + " không có trong danh mục đơn vị.");
            return;
        }
        if (!CriteriaRules.activeInCycle(unit.validFrom(), unit.validTo(), calendar.selfAssessmentOpens(),
                calendar.reportToChairmanDue())) {
            problems.add(where + "đơn vị " + code + " (" + unit.name() + ") không còn hoặc chưa hoạt động trong kỳ đánh giá.");
        }
    }

    static String resolveLead(String code, Map<String, String> leads) {
        return CriteriaRules.resolveLead(code, leads);
    }

    private static void index(ItemEntry item, Map<String, ItemEntry> items) {
        items.put(item.code(), item);
        if (!item.isLeaf()) {
            item.children().forEach(child -> index(child, items));
        }
    }

    private static BigDecimal surveyPoints(ItemEntry item) {
        if (item.isLeaf()) {
            return Boolean.FALSE.equals(item.selfScored()) ? orZero(item.maxPoints()) : BigDecimal.ZERO;
        }
        return item.children().stream().map(ReferenceDataValidator::surveyPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
        if (value == null) {
            return false;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
