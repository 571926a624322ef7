package vn.parindex.platform.web;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import vn.parindex.common.ValidationException;
import vn.parindex.platform.engine.TaskCommands;
import vn.parindex.platform.security.TaskActionRefusedException;

/**
 * Why an engine call failed, in words for the user, kept for the HTTP request that made the call. The engine wraps
 * whatever a task listener throws ("ENGINE-03051 There was an exception while invoking the TaskListener. Message:
 * 'Exception while invoking TaskListener: …'") and the REST API prefixes it again ("Cannot submit task form …"), so
 * the request filter needs the original to show the user our Vietnamese message. Besides our validation (422), a
 * refused permission is told in Vietnamese (403), and the races of working on a task as conflicts (409): the task was
 * completed or claimed by someone else first.
 */
final class ValidationFailures {

    /** What a refusal may need to read once the failed command has ended: whether its task is gone, who holds it. */
    interface Lookups {

        /** Nothing read: a task is not gone, a person is named by their login. */
        Lookups NONE = new Lookups() {
            @Override
            public boolean taskGone(String taskId) {
                return false;
            }

            @Override
            public String userName(String userId) {
                return userId;
            }
        };

        boolean taskGone(String taskId);

        String userName(String userId);
    }

    /** What the user is told instead of the engine's answer. */
    record Refusal(int status, String type, String message, List<String> problems) {
    }

    static final int UNPROCESSABLE = 422;
    static final int CONFLICT = 409;
    static final int FORBIDDEN = 403;

    private static final Set<Class<?>> TASK_WORK = Set.of(SubmitTaskFormCmd.class, CompleteTaskCmd.class, ClaimTaskCmd.class);
    private static final String GONE = "Công việc này không còn chờ xử lý: đã được hoàn thành (có thể bởi đồng nghiệp"
            + " cùng đơn vị) hoặc đã chuyển sang bước khác. Thao tác của bạn không được lưu; vui lòng tải lại danh sách công việc.";
    private static final String DENIED = "Bạn không có quyền thực hiện thao tác này: công việc hoặc quy trình không được giao"
            + " cho bạn hay nhóm của bạn.";
    private static final String RACE = "Công việc này vừa được người khác xử lý cùng lúc. Thao tác của bạn không được lưu;"
            + " vui lòng tải lại công việc.";

    private static final ThreadLocal<AtomicReference<Refusal>> CURRENT = new ThreadLocal<>();

    private ValidationFailures() {
    }

    /** Starts capturing for the current request thread. */
    static AtomicReference<Refusal> begin() {
        AtomicReference<Refusal> captured = new AtomicReference<>();
        CURRENT.set(captured);
        return captured;
    }

    static void end() {
        CURRENT.remove();
    }

    /** Whether the current thread is answering a request that turns refusals into Vietnamese answers. */
    static boolean capturing() {
        return CURRENT.get() != null;
    }

    /** Whether the current request has met a refusal, which its answer will be. */
    static boolean refused() {
        AtomicReference<Refusal> captured = CURRENT.get();
        return captured != null && captured.get() != null;
    }

    /**
     * Whether a failure of this command is answered as a refusal whatever the database holds: every case of
     * {@link #refusalFor} but the last, which has to look whether the task is gone.
     */
    static boolean refusedWithoutLookup(Object command, Throwable failure) {
        return refusalFor(command, failure, Lookups.NONE) != null;
    }

    /** Remembers the first refusal, when a request is capturing. */
    static void record(Object command, Throwable failure, Lookups lookups) {
        AtomicReference<Refusal> captured = CURRENT.get();
        if (captured == null) {
            return;
        }
        Refusal refusal = refusalFor(command, failure, lookups);
        if (refusal != null) {
            captured.compareAndSet(null, refusal);
        }
    }

    /** Our validation anywhere in the cause chain; for work on a task, the races; otherwise null. */
    static Refusal refusalFor(Object command, Throwable failure, Lookups lookups) {
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof ValidationException validation) {
                return new Refusal(UNPROCESSABLE, "ValidationException", validation.getMessage(), validation.problems());
            }
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof AuthorizationException denied) {
                // a colleague's completion removed the task (and its candidates) while this request was checking them
                if (!(denied instanceof TaskActionRefusedException) && isTaskWork(command)
                        && lookups.taskGone(TaskCommands.taskIdOf(command))) {
                    return conflict(GONE);
                }
                String message = denied instanceof TaskActionRefusedException ? denied.getMessage() : DENIED;
                return new Refusal(FORBIDDEN, "AuthorizationException", message, List.of(message));
            }
        }
        if (!isTaskWork(command)) {
            return null;
        }
        // the task lookup is the first thing these commands do: a missing task is reported as is, unwrapped
        if (failure instanceof NullValueException || failure instanceof NotFoundException) {
            return conflict(GONE);
        }
        for (Throwable cause = failure; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof TaskAlreadyClaimedException claimed) {
                return conflict("Công việc này đã được " + lookups.userName(claimed.getTaskAssignee()) + " nhận xử lý; bạn không thể nhận nữa."
                        + " Vui lòng tải lại danh sách công việc.");
            }
            if (cause instanceof OptimisticLockingException) {
                return conflict(RACE);
            }
        }
        // anything else a colleague's completion may have caused on the way (our tables read after their commit): the
        // work was rolled back, and if the task is gone the user lost the race, whatever the work ran into
        if (lookups.taskGone(TaskCommands.taskIdOf(command))) {
            return conflict(GONE);
        }
        return null;
    }

    private static boolean isTaskWork(Object command) {
        return command != null && TASK_WORK.stream().anyMatch(type -> type.isInstance(command));
    }

    private static Refusal conflict(String message) {
        return new Refusal(CONFLICT, "TaskConflict", message, List.of(message));
    }
}
