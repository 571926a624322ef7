package vn.parindex.deadlines.process;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.deadlines.NoticePolicy;
import vn.parindex.deadlines.NoticePolicyService;

/** The policy a notice context (a cycle, a quarter's reports) follows. */
@Component
@RequiredArgsConstructor
class NoticePolicies {

    private final NoticeContexts contexts;
    private final NoticePolicyService policies;

    NoticePolicy of(String contextKey) {
        return policies.get(contexts.get(contextKey).policyCode());
    }
}
