package vn.parindex.reporting.process;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.reporting.QuarterlyReportingService;

/** The departments asked for the quarter's report: {@code ${quarterlyParticipants.units(quarterlyReportId)}}. */
@Component("quarterlyParticipants")
@RequiredArgsConstructor
public class QuarterlyParticipants {

    private final QuarterlyReportingService reports;

    public List<String> units(Long reportId) {
        return reports.unitCodes(reportId);
    }
}
