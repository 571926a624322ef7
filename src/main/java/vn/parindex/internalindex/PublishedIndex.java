package vn.parindex.internalindex;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The year's internal index as the results page shows it: the period's status and, once the Chairman approved and
 * it was published, every unit's index, rank and classification, one table per unit group ({@code groups}; {@code
 * results} lists them all, group by group), and the number and date of the decision that published them.
 */
public record PublishedIndex(int year, String status, String statusText, OffsetDateTime publishedAt,
                             List<UnitResult> results, Map<String, String> unitStatuses, List<UnitProgress> progress,
                             String rankingXlsxUrl, String rankingDocxUrl, List<ResultGroup> groups,
                             String decisionNumber, LocalDate decisionDate) {
}
