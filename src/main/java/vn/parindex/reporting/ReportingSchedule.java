package vn.parindex.reporting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import vn.parindex.common.ValidationException;

/**
 * The quarterly reporting schedules, read once from {@code data/reporting/*.yaml} on the classpath and validated
 * completely (quarters 1–4 once each, every date in order) before anything uses them.
 */
@Service
public class ReportingSchedule {

    private final Map<Integer, ReportingYear> years = new TreeMap<>();

    public ReportingSchedule() throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:data/reporting/*.yaml")) {
            try (InputStream in = file.getInputStream()) {
                ReportingYear year = yaml.readValue(in, ReportingYear.class);
                validate(year, file.getFilename());
                years.put(year.year(), year);
            }
        }
    }

    static void validate(ReportingYear year, String file) {
        List<String> problems = new ArrayList<>();
        if (year.province() == null || year.province().isBlank() || year.noticePolicy() == null) {
            problems.add(file + ": thiếu tên tỉnh hoặc quy định nhắc việc.");
        }
        if (year.reporters() == null || year.reporters().isEmpty()) {
            problems.add(file + ": thiếu danh sách đơn vị báo cáo (reporters: loại đơn vị và cấp hồ sơ báo cáo).");
        } else {
            var types = new HashSet<vn.parindex.orgdirectory.OrgUnitType>();
            for (ReportingYear.Reporters reporters : year.reporters()) {
                if (reporters.unitType() == null || reporters.levels() == null || reporters.levels().isEmpty()
                        || !types.add(reporters.unitType())) {
                    problems.add(file + ": mỗi loại đơn vị báo cáo phải có một lần, với ít nhất một cấp hồ sơ.");
                }
            }
        }
        var seen = new HashSet<Integer>();
        for (QuarterDates q : year.quarters() == null ? List.<QuarterDates>of() : year.quarters()) {
            if (q.quarter() < 1 || q.quarter() > 4 || !seen.add(q.quarter())) {
                problems.add(file + ": quý " + q.quarter() + " không hợp lệ hoặc bị lặp.");
                continue;
            }
            LocalDate[] order = {q.requestOn(), q.unitReportDue(), q.reviewDue(), q.draftDue(), q.approvalDue(), q.ministryDue()};
            for (int i = 0; i < order.length; i++) {
                if (order[i] == null || order[i].getYear() < year.year() || (i > 0 && order[i - 1] != null && order[i].isBefore(order[i - 1]))) {
                    problems.add(file + ": các ngày của quý " + q.quarter() + " thiếu hoặc không theo thứ tự.");
                    break;
                }
            }
        }
        ValidationException.throwIfAny(problems);
    }

    public Optional<ReportingYear> find(int year) {
        return Optional.ofNullable(years.get(year));
    }

    public ReportingYear get(int year) {
        return find(year).orElseThrow(() -> new ValidationException(
                "Chưa có lịch báo cáo CCHC hằng quý của năm " + year + " (data/reporting/" + year + ".yaml)."));
    }

    public QuarterDates quarter(int year, int quarter) {
        return get(year).quarter(quarter).orElseThrow(() -> new ValidationException(
                "Lịch báo cáo năm " + year + " không có quý " + quarter + "."));
    }
}
