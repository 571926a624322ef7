package vn.parindex.platform.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A Json list a form submits (a score sheet's rows) keeps only the fields of the rows the task offered: a row may
 * carry any key, and whatever it carries would be stored with the variable and its history (a 10 MB key was). The
 * allowed fields are those of the task's own rows (its task-local variable of the same name, written by its
 * {@code create} listener). Values that are not a Json list of rows, or that cannot be read, pass unchanged: the
 * form's validation refuses what is malformed, in Vietnamese.
 */
final class SubmittedRows {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_FORMAT = "application/json";

    private SubmittedRows() {
    }

    /** The submitted value without unknown row fields; the same instance when nothing was removed. */
    static TypedValue reduce(TypedValue submitted, TypedValue offered) {
        JsonNode submittedRows = rows(submitted);
        JsonNode offeredRows = rows(offered);
        if (submittedRows == null || offeredRows == null) {
            return submitted;
        }
        Set<String> fields = new HashSet<>();
        offeredRows.forEach(row -> row.fieldNames().forEachRemaining(fields::add));
        if (fields.isEmpty()) {
            return submitted;
        }
        boolean removed = false;
        for (JsonNode row : (ArrayNode) submittedRows) {
            if (row instanceof ObjectNode object) {
                for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
                    if (!fields.contains(names.next())) {
                        names.remove();
                        removed = true;
                    }
                }
            }
        }
        return removed ? SpinValues.jsonValue(submittedRows.toString()).create() : submitted;
    }

    /** A serialized Json list, parsed; null for anything else. */
    private static JsonNode rows(TypedValue value) {
        if (!(value instanceof SerializableValue serializable) || !JSON_FORMAT.equals(serializable.getSerializationDataFormat())
                || serializable.getValueSerialized() == null) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(serializable.getValueSerialized());
            return node != null && node.isArray() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
