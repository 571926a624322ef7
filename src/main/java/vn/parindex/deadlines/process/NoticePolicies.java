package vn.parindex.deadlines.process;

import org.springframework.stereotype.Component;
import vn.parindex.deadlines.NoticePolicy;
import vn.parindex.deadlines.NoticePolicyService;

/** The policy a notice context (a cycle, a quarter's reports) follows. */
@Component
class NoticePolicies {

    private final NoticeContexts contexts;
    private final NoticePolicyService policies;

    NoticePolicies(NoticeContexts contexts, NoticePolicyService policies) {
        this.contexts = contexts;
        this.policies = policies;
    }

    NoticePolicy of(String contextKey) {
        return policies.get(contexts.get(contextKey).policyCode());
    }
}
