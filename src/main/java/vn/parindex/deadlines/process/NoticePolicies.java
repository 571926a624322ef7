package vn.parindex.deadlines.process;

import org.springframework.stereotype.Component;
import vn.parindex.common.ParProperties;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.deadlines.NoticePolicy;
import vn.parindex.deadlines.NoticePolicyService;

/** The policy a cycle follows: its own, else the configured default. */
@Component
class NoticePolicies {

    private final CycleService cycles;
    private final NoticePolicyService policies;
    private final ParProperties properties;

    NoticePolicies(CycleService cycles, NoticePolicyService policies, ParProperties properties) {
        this.cycles = cycles;
        this.policies = policies;
        this.properties = properties;
    }

    NoticePolicy ofCycle(long cycleId) {
        Cycle cycle = cycles.get(cycleId);
        return policies.get(cycle.noticePolicyCode() != null ? cycle.noticePolicyCode() : properties.noticePolicy());
    }
}
