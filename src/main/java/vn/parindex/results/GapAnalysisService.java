package vn.parindex.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.parindex.calendar.CalendarService;
import vn.parindex.common.ValidationException;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.criteria.Criterion;
import vn.parindex.cycle.Cycle;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.results.ResultsAnalysis.FieldRow;
import vn.parindex.results.ResultsAnalysis.ItemRow;
import vn.parindex.results.ResultsAnalysis.PreviousItem;
import vn.parindex.results.ResultsAnalysis.Totals;
import vn.parindex.results.ResultsAnalysis.UnitRow;
import vn.parindex.results.ResultsAnalysis.YearTotal;
import vn.parindex.scoring.ItemScore;
import vn.parindex.scoring.ScoringService;

/** Self-assessment against the Ministry's results, per item, field and unit, year over year. */
@Service
@RequiredArgsConstructor
public class GapAnalysisService {

    private final MinistryResultService results;
    private final CriteriaService criteria;
    private final ScoringService scoring;
    private final Responsibilities responsibilities;
    private final OrgDirectoryService orgDirectory;
    private final CalendarService calendar;

    /** The analysis of the year, empty while the year has no results entered. */
    public Optional<ResultsAnalysis> find(int year) {
        return load(year).map(this::analyse);
    }

    public ResultsAnalysis forYear(int year) {
        Cycle cycle = results.assessedCycle(year);
        return find(year).orElseThrow(() -> new ResultsNotFoundException("Chưa nhập kết quả của Bộ Nội vụ cho kỳ đánh giá năm "
                + cycle.year() + "."));
    }

    private ResultsAnalysis analyse(YearData data) {
        List<YearData> earlier = calendar.years().stream().filter(year -> year < data.year()).sorted()
                .map(this::load).flatMap(Optional::stream).toList();
        List<ItemRow> items = data.leaves().stream().map(item -> itemRow(data, item, earlier)).toList();
        Map<String, ItemRow> byCode = items.stream().collect(Collectors.toMap(ItemRow::code, Function.identity()));

        List<FieldRow> fields = new ArrayList<>();
        for (Criterion field : data.criteria().stream().filter(Criterion::isField).toList()) {
            List<ItemRow> inField = items.stream().filter(item -> item.fieldCode().equals(field.code())).toList();
            Totals totals = totals(inField);
            List<YearTotal> previous = new ArrayList<>();
            for (YearData before : earlier) {
                List<ItemRow> then = before.leaves().stream().filter(item -> item.fieldCode().equals(field.code()))
                        .map(item -> itemRow(before, item, List.of())).toList();
                if (!then.isEmpty()) {
                    Totals old = totals(then);
                    previous.add(new YearTotal(before.year(), old.total(), old.max(), old.lostPoints(), List.of()));
                }
            }
            fields.add(new FieldRow(field.code(), field.name(), totals.selfMax(), totals.selfScore(),
                    totals.appraisedScore(), totals.surveyMax(), totals.surveyScore(), totals.total(), totals.max(),
                    totals.lostPoints(), totals.lostItems(), previous));
        }

        Map<String, List<ItemRow>> byUnit = new LinkedHashMap<>();
        items.stream().filter(item -> item.leadUnit() != null)
                .forEach(item -> byUnit.computeIfAbsent(item.leadUnit(), unit -> new ArrayList<>()).add(item));
        List<UnitRow> units = new ArrayList<>();
        byUnit.forEach((unit, led) -> {
            Set<String> lineage = responsibilities.lineage(unit);
            Totals totals = totals(led);
            List<YearTotal> previous = new ArrayList<>();
            for (YearData before : earlier) {
                List<ItemRow> then = before.leaves().stream()
                        .filter(item -> lineage.contains(before.leads().get(item.code())))
                        .map(item -> itemRow(before, item, List.of())).toList();
                if (!then.isEmpty()) {
                    Totals old = totals(then);
                    previous.add(new YearTotal(before.year(), old.total(), old.max(), old.lostPoints(),
                            then.stream().map(ItemRow::leadUnit).distinct().toList()));
                }
            }
            units.add(new UnitRow(unit, unitName(unit), List.copyOf(lineage), led.size(), totals.max(), totals.selfScore(),
                    totals.total(), totals.lostPoints(), totals.lostItems(), previous));
        });
        return new ResultsAnalysis(data.year(), calendar.year(data.year()).map(y -> y.province()).orElse(""),
                data.cycle().id(), data.cycle().criteriaSetCode(), data.result(), totals(items), fields,
                items.stream().map(item -> byCode.get(item.code())).toList(), units,
                earlier.stream().map(YearData::year).toList());
    }

    private ItemRow itemRow(YearData data, Criterion item, List<YearData> earlier) {
        boolean survey = !Boolean.TRUE.equals(item.selfScored());
        BigDecimal score = data.scores().getOrDefault(item.code(), BigDecimal.ZERO);
        ItemScore self = data.self().get(item.code());
        BigDecimal selfScore = survey || self == null ? null : self.points();
        BigDecimal reference = survey || selfScore == null ? item.maxPoints() : selfScore;
        BigDecimal difference = score.subtract(reference);
        boolean lost = difference.signum() < 0;
        String lead = data.leads().get(item.code());
        List<PreviousItem> previous = new ArrayList<>();
        for (YearData before : earlier) {
            BigDecimal then = before.scores().get(item.code());
            if (then != null) {
                BigDecimal max = before.leaves().stream().filter(old -> old.code().equals(item.code()))
                        .map(Criterion::maxPoints).findFirst().orElse(item.maxPoints());
                previous.add(new PreviousItem(before.year(), then, max, before.leads().get(item.code())));
            }
        }
        return new ItemRow(item.code(), item.name(), item.fieldCode(), item.maxPoints(), survey, lead,
                lead == null ? null : unitName(lead), selfScore, self != null && self.notApplicable(), score,
                difference, lost ? difference.negate() : BigDecimal.ZERO, lost, previous);
    }

    private static Totals totals(List<ItemRow> items) {
        BigDecimal selfMax = BigDecimal.ZERO;
        BigDecimal selfScore = BigDecimal.ZERO;
        BigDecimal appraised = BigDecimal.ZERO;
        BigDecimal surveyMax = BigDecimal.ZERO;
        BigDecimal surveyScore = BigDecimal.ZERO;
        BigDecimal lost = BigDecimal.ZERO;
        int lostItems = 0;
        for (ItemRow item : items) {
            if (item.survey()) {
                surveyMax = surveyMax.add(item.maxPoints());
                surveyScore = surveyScore.add(item.appraisedScore());
            } else {
                selfMax = selfMax.add(item.maxPoints());
                selfScore = selfScore.add(item.selfScore() == null ? BigDecimal.ZERO : item.selfScore());
                appraised = appraised.add(item.appraisedScore());
            }
            lost = lost.add(item.lostPoints());
            lostItems += item.lost() ? 1 : 0;
        }
        return new Totals(selfMax, selfScore, appraised, surveyMax, surveyScore, appraised.add(surveyScore),
                selfMax.add(surveyMax), lost, lostItems);
    }

    private Optional<YearData> load(int year) {
        return results.findAssessedCycle(year).flatMap(cycle -> results.latest(cycle.id()).map(result -> {
            List<Criterion> all = criteria.items(cycle.criteriaSetCode());
            List<Criterion> leaves = all.stream().filter(ResultEntryValidator::isScored).toList();
            Map<String, ItemScore> self = scoring.latestScores(cycle.id()).stream()
                    .collect(Collectors.toMap(ItemScore::criterionCode, Function.identity()));
            Set<String> codes = new LinkedHashSet<>(leaves.stream().map(Criterion::code).toList());
            return new YearData(year, cycle, result, all, leaves, results.scoresOf(result.id()), self,
                    responsibilities.leadsOf(year, codes));
        }));
    }

    private String unitName(String code) {
        return orgDirectory.find(code).map(unit -> unit.name()).orElse(code);
    }

    private record YearData(int year, Cycle cycle, MinistryResult result, List<Criterion> criteria,
                            List<Criterion> leaves, Map<String, BigDecimal> scores, Map<String, ItemScore> self,
                            Map<String, String> leads) {
    }

    /** No results entered yet for a year that has a submitted cycle. */
    public static class ResultsNotFoundException extends ValidationException {
        public ResultsNotFoundException(String message) {
            super(message);
        }
    }
}
