package vn.parindex.platform.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.MultiInstanceActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * A user task's timeout-listener timers (the notice timer of every task) without a scope of the task's own.
 *
 * <p>The engine makes a user task with a timeout listener a scope: every task given then inserts an execution of its
 * own, and every task completed deletes it, and leaving that scope maps the activity instances of the whole execution
 * tree ({@code LegacyBehavior.destroySecondNonScope}: the process instance's executions all read, every unit's branch
 * walked). A cycle is one process instance with a branch per unit, so on deadline day each completion paid for all the
 * units (issue 17: about a sixth of a completion's time, and the costliest statements, the execution's insert, delete
 * and the whole-tree read).
 *
 * <p>In a process marked with the extension property {@value #MARKER} = {@code true}, such a user task is a plain
 * activity again, and these built-in task listeners (they run before the model's own, and also when custom listeners
 * are skipped) do what the scope did:
 * <ul>
 * <li>on {@code create}: each timeout listener's timer is created on the task's execution, from the same declaration
 * (same job definition, handler and date expression, so Cockpit, {@code recalculateJobDuedate} and the engine's
 * timeout handler see it as before; a timer on a non-scope activity is moved with its execution like an asynchronous
 * continuation's job);</li>
 * <li>on {@code complete} and {@code delete}: the task's timers are deleted, as the scope's end did.</li>
 * </ul>
 * Tasks with a boundary event stay scopes (the event needs one). A process without the marker (every version deployed
 * before it: their running tasks have their own scope executions in the database) is parsed as the engine always did.
 */
final class TaskTimersWithoutScope extends AbstractBpmnParseListener {

    /** The process-level extension property that asks for it (value {@code true}). */
    static final String MARKER = "parindex.taskTimersWithoutScope";

    private static final TaskListener CREATE_TIMERS = TaskTimersWithoutScope::createTimers;
    private static final TaskListener DELETE_TIMERS = TaskTimersWithoutScope::deleteTimers;

    static final class Plugin extends AbstractProcessEnginePlugin {

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                    ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
            listeners.add(new TaskTimersWithoutScope());
            configuration.setCustomPostBPMNParseListeners(listeners);
        }

        @Override
        public String toString() {
            return "user tasks' timeout timers without a scope of the task's own";
        }
    }

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        if (isMarked(processElement)) {
            withoutScopes(processDefinition);
        }
    }

    /** Whether the process element carries {@value #MARKER} = true among its extension properties. */
    static boolean isMarked(Element processElement) {
        Element extensions = processElement.element("extensionElements");
        Element properties = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        return properties != null && properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .anyMatch(property -> MARKER.equals(property.attribute("name"))
                        && "true".equals(property.attribute("value")));
    }

    private static void withoutScopes(ScopeImpl scope) {
        for (ActivityImpl activity : scope.getActivities()) {
            if (hasOnlyTimeoutTimers(activity)) {
                activity.setScope(false);
                var taskDefinition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, CREATE_TIMERS);
                taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, DELETE_TIMERS);
                taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, DELETE_TIMERS);
            }
            withoutScopes(activity);
        }
    }

    /**
     * A user task that is a scope only for its timeout listeners: no boundary event (its event activities are the
     * task itself, the timeout listeners' event scope), no input/output mapping (its local variables need the scope)
     * and not the inner activity of a multi-instance.
     */
    private static boolean hasOnlyTimeoutTimers(ActivityImpl activity) {
        return activity.getActivityBehavior() instanceof UserTaskActivityBehavior
                && activity.isScope()
                && !declarations(activity).isEmpty()
                && activity.getIoMapping() == null
                && activity.getEventActivities().stream().allMatch(event -> event == activity)
                && !(activity.getFlowScope() instanceof ActivityImpl parent
                && parent.getActivityBehavior() instanceof MultiInstanceActivityBehavior);
    }

    private static Collection<TimerDeclarationImpl> declarations(ActivityImpl activity) {
        return EngineInternals.timeoutListenerDeclarations(activity).values();
    }

    private static void createTimers(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        for (TimerDeclarationImpl declaration : declarations(execution.getActivity())) {
            declaration.createTimerInstance(execution);
        }
    }

    private static void deleteTimers(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        if (execution == null) {
            return;
        }
        for (JobEntity job : execution.getJobs()) {
            if (EngineInternals.isTimeoutListenerTimerOf(job, task.getTaskDefinitionKey())) {
                job.delete();
            }
        }
    }
}
