package vn.parindex.deadlines.process;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.common.ReferenceCache;
import vn.parindex.deadlines.NoticeContext;
import vn.parindex.deadlines.NoticeContextSource;

/** Every {@link NoticeContextSource}, by kind (the yearly cycle's is {@code cycle}, the key a bare cycleId stands for). */
@Component
class NoticeContexts {

    static final String CYCLE = NoticeContext.CYCLE;

    private final Map<String, NoticeContextSource> sources;
    private final ReferenceCache cache;

    NoticeContexts(List<NoticeContextSource> sources, ReferenceCache cache) {
        this.cache = cache;
        this.sources = sources.stream().collect(Collectors.toMap(NoticeContextSource::kind, Function.identity()));
    }

    /** The key of a task's or watch's context: its {@code noticeContext} variable, else its {@code cycleId}. */
    static String keyOf(Object noticeContext, Object cycleId) {
        if (noticeContext != null) {
            return noticeContext.toString();
        }
        return cycleId == null ? null : NoticeContext.key(CYCLE, ((Number) cycleId).longValue());
    }

    /**
     * The context of a key. What a context holds (year, province, policy, labels) is fixed when its cycle, quarter or
     * period is created, or comes from the reference data; kept in the {@link ReferenceCache}, as every notice reads it.
     */
    NoticeContext get(String key) {
        return cache.get(NoticeContext.VARIABLE, key, () -> load(key));
    }

    private NoticeContext load(String key) {
        int colon = key.indexOf(':');
        String kind = key.substring(0, colon);
        long id = Long.parseLong(key.substring(colon + 1));
        NoticeContextSource source = sources.get(kind);
        if (source == null) {
            throw new IllegalStateException("no notice context source for " + key);
        }
        return source.get(id);
    }
}
