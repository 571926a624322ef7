package vn.parindex.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

/** The open tasks of a unit in a cycle (the process engine in this application). */
public interface OpenTasks {

    /**
     * A task as the drill-down shows it: who holds it ({@code assignee}: the full name of the user who claimed it, or
     * null) and who may take it ({@code candidateGroups}: the groups' names), how many working days it is late.
     */
    record OpenTask(String taskId, String name, OffsetDateTime due, String candidateGroups, String assignee,
                    int workingDaysLate) {

        public OpenTask late(int days) {
            return new OpenTask(taskId, name, due, candidateGroups, assignee, days);
        }
    }

    List<OpenTask> of(String processInstanceId, String unitCode);
}
