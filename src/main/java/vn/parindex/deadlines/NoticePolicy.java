package vn.parindex.deadlines;

import java.util.List;

/** A reminder and escalation ladder, ordered by time relative to the due date. */
public record NoticePolicy(String code, String name, List<NoticeStep> steps) {

    public NoticeStep step(int position) {
        return steps.get(position);
    }

    public boolean hasStep(int position) {
        return position >= 0 && position < steps.size();
    }
}
