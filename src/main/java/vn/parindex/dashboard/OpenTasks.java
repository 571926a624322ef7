package vn.parindex.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

/** The open tasks of a unit in a cycle (the process engine in this application). */
public interface OpenTasks {

    record OpenTask(String taskId, String name, OffsetDateTime due, String candidateGroups) {
    }

    List<OpenTask> of(String processInstanceId, String unitCode);
}
