package vn.parindex.deadlines.process;

/** Names shared by {@code processes/deadlines/task-deadline-watch.bpmn}, its beans and its tests. */
public final class DeadlineWatchProcess {

    public static final String PROCESS_KEY = "task-deadline-watch";

    // variables: the watched task's id (also the business key), the cycle, and the next step of the policy
    public static final String WATCHED_TASK_ID = "watchedTaskId";
    public static final String CYCLE_ID = "cycleId";
    /** {@code <kind>:<id>} of the work the task belongs to; watches started before it existed have only cycleId */
    public static final String NOTICE_CONTEXT = vn.parindex.deadlines.NoticeContext.VARIABLE;
    public static final String NOTICE_STEP = "noticeStep";

    public static final String TIMER_NEXT_NOTICE = "timer_nextNotice";
    public static final String QUEUE_NOTICE = "serviceTask_queueNotice";
    public static final String END = "endEvent_noticesDone";

    private DeadlineWatchProcess() {
    }
}
