package vn.parindex.deadlines.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The fields a Tasklist start form submitted, taken out of the process: the change services store them in their own
 * log, so they do not stay behind as process variables (which hold ids, flags and decisions only).
 */
public final class StartFormFields {

    private final Map<String, Object> values;

    private StartFormFields(Map<String, Object> values) {
        this.values = values;
    }

    /** Reads the fields and removes them from the execution. */
    public static StartFormFields take(DelegateExecution execution, String... fields) {
        Map<String, Object> values = new HashMap<>();
        for (String field : fields) {
            values.put(field, execution.getVariable(field));
            execution.removeVariable(field);
        }
        return new StartFormFields(values);
    }

    public Object get(String field) {
        return values.get(field);
    }

    /** The field as text, or null when the form left it out. */
    public String text(String field) {
        Object value = values.get(field);
        return value == null ? null : value.toString();
    }
}
