package vn.parindex.deadlines.process;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.common.ParProperties;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.deadlines.NoticeContext;
import vn.parindex.deadlines.NoticeContextSource;

/** Every {@link NoticeContextSource}, by kind; the PAR cycle is the built-in kind {@code cycle}. */
@Component
class NoticeContexts {

    static final String CYCLE = "cycle";

    private final CycleService cycles;
    private final ParProperties properties;
    private final Map<String, NoticeContextSource> sources;

    NoticeContexts(CycleService cycles, ParProperties properties, List<NoticeContextSource> sources) {
        this.cycles = cycles;
        this.properties = properties;
        this.sources = sources.stream().collect(Collectors.toMap(NoticeContextSource::kind, Function.identity()));
    }

    /** The key of a task's or watch's context: its {@code noticeContext} variable, else its {@code cycleId}. */
    static String keyOf(Object noticeContext, Object cycleId) {
        if (noticeContext != null) {
            return noticeContext.toString();
        }
        return cycleId == null ? null : NoticeContext.key(CYCLE, ((Number) cycleId).longValue());
    }

    NoticeContext get(String key) {
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        long id = Long.parseLong(key.substring(colon + 1));
        if (CYCLE.equals(kind)) {
            Cycle cycle = cycles.get(id);
            return NoticeContext.ofCycle(cycle.id(), cycle.year(), cycles.yearOf(cycle).province(),
                    cycle.noticePolicyCode() != null ? cycle.noticePolicyCode() : properties.noticePolicy());
        }
        NoticeContextSource source = sources.get(kind);
        if (source == null) {
            throw new IllegalStateException("no notice context source for " + key);
        }
        return source.get(id);
    }
}
