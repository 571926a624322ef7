package vn.parindex.internalindex;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * One line on the progress dashboard about the year's own index of the province's units:
 * {@code ${@internalIndexSummary.of(year)}} in the page's template. While the period runs: how many units are at
 * each step and how many are overdue; once published: the classification counts and the units ranked first.
 */
@Component("internalIndexSummary")
@RequiredArgsConstructor
public class InternalIndexSummary {

    private final InternalIndexService index;
    private final Clock clock;

    /**
     * @param steps           while running: step text → units at it, in the order units reach them
     * @param classifications once published: classification → units, best first
     * @param first           once published: the names of the units ranked first
     */
    public record Line(boolean hasPeriod, boolean published, OffsetDateTime publishedAt, int units, int overdue,
                       Map<String, Long> steps, Map<String, Long> classifications, List<String> first) {

        public String stepsText() {
            return join(steps);
        }

        public String classificationsText() {
            return join(classifications);
        }

        private static String join(Map<String, Long> counts) {
            return counts.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(Collectors.joining(" · "));
        }
    }

    public Line of(int year) {
        return index.current(year).map(this::line)
                .orElseGet(() -> new Line(false, false, null, 0, 0, Map.of(), Map.of(), List.of()));
    }

    private Line line(Period period) {
        List<UnitProgress> progress = index.progress(period.id(), OffsetDateTime.now(clock));
        boolean published = "PUBLISHED".equals(period.status());
        Map<String, Long> steps = progress.stream().collect(Collectors.groupingBy(UnitProgress::stepText,
                LinkedHashMap::new, Collectors.counting()));
        List<UnitResult> results = published ? index.results(period.id()) : List.of();
        Map<String, Long> classifications = results.stream().collect(Collectors.groupingBy(UnitResult::classification,
                LinkedHashMap::new, Collectors.counting()));
        List<String> first = results.stream().filter(result -> result.rankNo() == 1).map(UnitResult::unitName).toList();
        return new Line(true, published, period.publishedAt(), progress.size(),
                (int) progress.stream().filter(UnitProgress::overdue).count(), steps, classifications, first);
    }
}
