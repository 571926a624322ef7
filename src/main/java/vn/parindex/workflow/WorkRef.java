package vn.parindex.workflow;

/**
 * The piece of work a decision belongs to: its kind (a cycle, a quarterly report, an internal index period, a
 * remediation plan) and its id in that feature's table; {@code partId} narrows it to a part (e.g. a plan's period).
 */
public record WorkRef(String kind, long id, Long partId) {

    public static WorkRef of(String kind, long id) {
        return new WorkRef(kind, id, null);
    }

    public WorkRef part(Long partId) {
        return new WorkRef(kind, id, partId);
    }
}
