package vn.parindex.support;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A one-task host process a test deploys beside the cycle (the bench's {@code bench-watched-task}, a model of an earlier
 * version): started for the cycle's unit STP, its officers as the task's candidates.
 */
public final class HostTasks {

    private HostTasks() {
    }

    /** Starts {@code processKey} with the cycle's id, STP, its officers' group, {@code due} and the task's name. */
    public static Task startForStp(ProcessEngine engine, String processKey, Object cycleId, Date due, String taskName) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("cycleId", cycleId);
        variables.put("unitCode", "STP");
        variables.put("group", "stpOfficers");
        variables.put("due", due);
        variables.put("taskName", taskName);
        ProcessInstance host = engine.getRuntimeService().startProcessInstanceByKey(processKey, variables);
        return engine.getTaskService().createTaskQuery().processInstanceId(host.getId()).singleResult();
    }
}
