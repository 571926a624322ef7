package vn.parindex.cycle;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.common.ParProperties;
import vn.parindex.deadlines.NoticeContext;
import vn.parindex.deadlines.NoticeContextSource;

/**
 * Tasks of the yearly cycle are watched under {@code cycle:<id>} (or carry only {@code cycleId}): the cycle's year,
 * province and notice policy (the cycle's own, else the default {@code par.notice-policy}).
 */
@Component
@RequiredArgsConstructor
class CycleNoticeContexts implements NoticeContextSource {

    private final CycleService cycles;
    private final ParProperties properties;

    @Override
    public String kind() {
        return NoticeContext.CYCLE;
    }

    @Override
    public NoticeContext get(long id) {
        Cycle cycle = cycles.get(id);
        return NoticeContext.ofCycle(cycle.id(), cycle.year(), cycles.yearOf(cycle).province(),
                cycle.noticePolicyCode() != null ? cycle.noticePolicyCode() : properties.noticePolicy());
    }
}
