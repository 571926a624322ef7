package vn.parindex.deadlines.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The fields a Tasklist start form submitted, taken out of the process: the change service stores them in its own
 * log, so they do not stay behind as process variables (which hold ids, flags and decisions only).
 */
final class StartFormFields {

    private StartFormFields() {
    }

    /** Reads the fields (null when the form left one out) and removes them from the execution. */
    static Map<String, Object> take(DelegateExecution execution, Collection<String> fields) {
        Map<String, Object> values = new HashMap<>();
        for (String field : fields) {
            values.put(field, execution.getVariable(field));
            execution.removeVariable(field);
        }
        return values;
    }
}
