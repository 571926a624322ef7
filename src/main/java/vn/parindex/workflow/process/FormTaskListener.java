package vn.parindex.workflow.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A user task with a form of ours: when created, the form's context and fields are shown (task-local variables);
 * when completed, what the form submitted is checked and stored by the feature, or the completion is refused with
 * the reasons in Vietnamese.
 */
public interface FormTaskListener extends TaskListener {

    /** The context line, what the task is about, and the form's fields (declared task-local). */
    void show(DelegateTask task);

    /** Reads what the form submitted (see {@link TaskForms#takeSubmitted}) and stores it, acting as {@code actor}. */
    void submit(DelegateTask task, String actor);

    @Override
    default void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            show(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            submit(task, ProcessActor.of(task));
        }
    }
}
