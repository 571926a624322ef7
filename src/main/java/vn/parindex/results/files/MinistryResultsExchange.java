package vn.parindex.results.files;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.parindex.cycle.Cycle;
import vn.parindex.office.ReportsProperties;
import vn.parindex.office.Upload;
import vn.parindex.office.workbook.UploadedWorkbook;
import vn.parindex.results.MinistryResult;
import vn.parindex.results.MinistryResultService;
import vn.parindex.scoring.ItemScore;
import vn.parindex.scoring.ScoringService;

/**
 * The Ministry's results of a year in and out as .xlsx: the template (the year's scored items with their maximum,
 * prefilled with the latest entry) and the upload, stored through {@link MinistryResultService} with the same
 * validation as the page and JSON entry. A refused file stores nothing.
 */
@Service
@RequiredArgsConstructor
public class MinistryResultsExchange {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MinistryResultService results;
    private final ScoringService scoring;
    private final ReportsProperties properties;

    public byte[] template(int year) {
        Cycle cycle = results.assessedCycle(year);
        Map<String, BigDecimal> self = new LinkedHashMap<>();
        for (ItemScore score : scoring.latestScores(cycle.id())) {
            if (!score.notApplicable() && score.score() != null) {
                self.put(score.criterionCode(), score.score());
            }
        }
        var latest = results.latest(cycle.id());
        Map<String, BigDecimal> ministry = latest.map(result -> results.scoresOf(result.id())).orElse(Map.of());
        return MinistryResultsWorkbook.write(new MinistryResultsWorkbook.Content(year, cycle.criteriaSetCode(),
                results.scoredItems(cycle), self, ministry, latest.map(MinistryResult::decisionRef).orElse(""),
                latest.map(MinistryResult::publishedOn).map(VIETNAMESE_DATE::format).orElse(""),
                latest.map(MinistryResult::note).orElse("")));
    }

    /** Reads and checks the whole file, then stores it as the next entry of the year's results. */
    public MinistryResult importResults(int year, Upload upload, String user) {
        Cycle cycle = results.assessedCycle(year);
        UploadedWorkbook workbook = UploadedWorkbook.read(upload.bytes(), properties.limits(),
                List.of(MinistryResultsWorkbook.INFO_SHEET, MinistryResultsWorkbook.RESULTS_SHEET));
        var entry = MinistryResultsReader.read(workbook, year, cycle.criteriaSetCode(), results.scoredItems(cycle));
        return results.enter(year, entry, user);
    }
}
