package vn.parindex.internalindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.parindex.internalindex.InternalIndexFiles.ClassEntry;
import vn.parindex.internalindex.InternalIndexFiles.CriteriaFile;
import vn.parindex.internalindex.InternalIndexFiles.YearFile;
import vn.parindex.orgdirectory.OrgUnitType;

/** Every rule of the internal index data files, checked before anything is stored. Problems are Vietnamese. */
final class InternalIndexDataValidator {

    /** Rows of the fixed-row forms (ROWS in tools/forms/gen_internal_index_forms.py). */
    static final int FORM_ROWS = 20;

    private InternalIndexDataValidator() {
    }

    static List<String> validateCriteria(String file, CriteriaFile set) {
        List<String> problems = new ArrayList<>();
        String where = file + ": ";
        if (blank(set.code()) || set.year() == null || set.unitType() == null || blank(set.name())) {
            problems.add(where + "thiếu mã, năm, loại đơn vị hoặc tên bộ tiêu chí.");
            return problems;
        }
        String expected = "criteria-" + set.unitType() + "-" + set.year() + ".yaml";
        if (!expected.equals(file)) {
            problems.add(where + "tên tệp phải là " + expected + ".");
        }
        if (set.criteria() == null || set.criteria().isEmpty()) {
            problems.add(where + "bộ tiêu chí không có tiêu chí nào.");
            return problems;
        }
        if (set.criteria().size() > FORM_ROWS) {
            problems.add(where + "có " + set.criteria().size() + " tiêu chí, biểu mẫu chỉ có " + FORM_ROWS + " dòng.");
        }
        Set<String> codes = new HashSet<>();
        BigDecimal selfTotal = BigDecimal.ZERO;
        for (var item : set.criteria()) {
            if (blank(item.code()) || blank(item.name()) || !positive(item.maxPoints())) {
                problems.add(where + "tiêu chí " + item.code() + " thiếu mã, tên hoặc điểm tối đa dương.");
                continue;
            }
            if (!codes.add(item.code())) {
                problems.add(where + "mã tiêu chí " + item.code() + " trùng.");
            }
            selfTotal = selfTotal.add(item.maxPoints());
        }
        BigDecimal surveyTotal = BigDecimal.ZERO;
        for (var question : set.survey() == null ? List.<InternalIndexFiles.QuestionEntry>of() : set.survey()) {
            if (blank(question.code()) || blank(question.text()) || !positive(question.maxPoints())) {
                problems.add(where + "câu hỏi khảo sát " + question.code() + " thiếu mã, nội dung hoặc điểm tối đa dương.");
                continue;
            }
            if (!codes.add(question.code())) {
                problems.add(where + "mã " + question.code() + " trùng.");
            }
            surveyTotal = surveyTotal.add(question.maxPoints());
        }
        if (set.surveyPoints() == null || surveyTotal.compareTo(set.surveyPoints()) != 0) {
            problems.add(where + "tổng điểm các câu hỏi khảo sát (" + surveyTotal.toPlainString()
                    + ") khác surveyPoints (" + set.surveyPoints() + ").");
        }
        if (set.maxPoints() == null || selfTotal.add(surveyTotal).compareTo(set.maxPoints()) != 0) {
            problems.add(where + "tổng điểm tối đa (" + selfTotal.add(surveyTotal).toPlainString()
                    + ") khác maxPoints (" + set.maxPoints() + ").");
        }
        return problems;
    }

    static List<String> validateYear(String file, YearFile year, Map<String, CriteriaFile> setsByTypeAndYear) {
        List<String> problems = new ArrayList<>();
        String where = file + ": ";
        if (year.year() == null || !file.equals("year-" + year.year() + ".yaml")) {
            problems.add(where + "tên tệp phải là year-<năm>.yaml và khớp với trường year.");
            return problems;
        }
        if (year.unitTypes() == null || year.unitTypes().isEmpty()) {
            problems.add(where + "chưa có loại đơn vị được đánh giá (unitTypes).");
        } else {
            for (OrgUnitType type : year.unitTypes()) {
                if (!setsByTypeAndYear.containsKey(type + "-" + year.year())) {
                    problems.add(where + "không có bộ tiêu chí criteria-" + type + "-" + year.year() + ".yaml.");
                }
            }
        }
        var c = year.calendar();
        if (c == null || c.selfScoreDue() == null || c.appraisalDue() == null || c.explanationDue() == null
                || c.finalAppraisalDue() == null || c.surveyDue() == null || c.approvalDue() == null) {
            problems.add(where + "lịch thiếu mốc (selfScoreDue, appraisalDue, explanationDue, finalAppraisalDue, "
                    + "surveyDue, approvalDue).");
        } else if (!c.selfScoreDue().isBefore(c.appraisalDue()) || !c.appraisalDue().isBefore(c.explanationDue())
                || !c.explanationDue().isBefore(c.finalAppraisalDue()) || c.approvalDue().isBefore(c.finalAppraisalDue())
                || c.approvalDue().isBefore(c.surveyDue())) {
            problems.add(where + "các mốc phải theo thứ tự: tự chấm < thẩm định vòng 1 < giải trình < thẩm định vòng 2 "
                    + "≤ phê duyệt, khảo sát ≤ phê duyệt.");
        }
        problems.addAll(validateClasses(where, year.classification()));
        problems.addAll(validateWeights(where, year.surveyWeights()));
        if (year.groups() != null) {
            var seen = new java.util.HashSet<OrgUnitType>();
            for (var group : year.groups()) {
                if (group.unitType() == null || year.unitTypes() == null || !year.unitTypes().contains(group.unitType())
                        || !seen.add(group.unitType())) {
                    problems.add(where + "nhóm đơn vị " + group.unitType() + " phải là một loại đơn vị được đánh giá "
                            + "(unitTypes) và chỉ có một lần.");
                } else if (group.classification() != null) {
                    problems.addAll(validateClasses(where + "nhóm " + group.unitType() + ": ", group.classification()));
                }
            }
        }
        return problems;
    }

    private static List<String> validateWeights(String where, InternalIndexFiles.SurveyWeights weights) {
        List<String> problems = new ArrayList<>();
        if (weights == null || weights.options() == null || weights.options().isEmpty()) {
            problems.add(where + "chưa có trọng số các phương án trả lời của phiếu điều tra xã hội học (surveyWeights.options).");
            return problems;
        }
        if (weights.assumption() == null || blank(weights.source())) {
            problems.add(where + "trọng số phương án trả lời phải ghi nguồn (surveyWeights.source) và có phải giả định "
                    + "của tỉnh hay không (surveyWeights.assumption).");
        }
        var seen = new java.util.HashSet<String>();
        for (var option : weights.options()) {
            if (blank(option.code()) || option.code().length() > 10 || option.weight() == null
                    || option.weight().signum() < 0 || option.weight().compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(where + "phương án trả lời " + option.code() + " thiếu mã (tối đa 10 ký tự) hoặc trọng số "
                        + "từ 0 đến 100%.");
            } else if (!seen.add(option.code())) {
                problems.add(where + "phương án trả lời " + option.code() + " được khai báo hai lần.");
            }
        }
        if (weights.options().stream().noneMatch(option -> option.weight() != null
                && option.weight().compareTo(BigDecimal.valueOf(100)) == 0)) {
            problems.add(where + "phương án trả lời tốt nhất phải có trọng số 100%.");
        }
        return problems;
    }

    private static List<String> validateClasses(String where, List<ClassEntry> classes) {
        List<String> problems = new ArrayList<>();
        if (classes == null || classes.isEmpty()) {
            problems.add(where + "chưa có ngưỡng xếp loại.");
        } else {
            BigDecimal previous = null;
            for (ClassEntry entry : classes) {
                if (blank(entry.code()) || blank(entry.name()) || entry.minIndex() == null
                        || entry.minIndex().signum() < 0 || entry.minIndex().compareTo(BigDecimal.valueOf(100)) > 0) {
                    problems.add(where + "mức xếp loại " + entry.code() + " thiếu mã, tên hoặc ngưỡng từ 0 đến 100.");
                    continue;
                }
                if (previous != null && entry.minIndex().compareTo(previous) >= 0) {
                    problems.add(where + "ngưỡng xếp loại phải giảm dần (" + entry.code() + ").");
                }
                previous = entry.minIndex();
            }
            if (previous != null && previous.signum() != 0) {
                problems.add(where + "mức xếp loại cuối cùng phải có ngưỡng 0 để đơn vị nào cũng được xếp loại.");
            }
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
