package vn.parindex.deadlines.process;

/** Names shared by {@code processes/deadlines/task-deadline-watch.bpmn}, its beans and its tests. */
public final class DeadlineWatchProcess {

    public static final String PROCESS_KEY = "task-deadline-watch";

    // variables: the watched task's id (also the business key), the cycle, and the next step of the policy
    public static final String WATCHED_TASK_ID = "watchedTaskId";
    public static final String CYCLE_ID = "cycleId";
    public static final String NOTICE_STEP = "noticeStep";

    public static final String TIMER_NEXT_NOTICE = "timer_nextNotice";
    public static final String QUEUE_NOTICE = "serviceTask_queueNotice";
    public static final String END = "endEvent_noticesDone";

    private DeadlineWatchProcess() {
    }
}
