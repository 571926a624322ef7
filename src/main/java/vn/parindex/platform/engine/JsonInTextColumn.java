package vn.parindex.platform.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.StringUtil;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.impl.JsonValueSerializer;
import org.camunda.spin.plugin.variable.value.SpinValue;
import org.springframework.stereotype.Component;

/**
 * Short Json variables in the variable row's text column instead of a byte array.
 *
 * <p>Spin stores every Json variable in {@code ACT_GE_BYTEARRAY}: a row inserted with each write, deleted with the
 * variable and selected on each read. Every task writes its display context {@code taskInfo} (TaskForms) as Json, and
 * the forms read it as an object ({@code taskInfo.unitName}), so it must stay a Json value. This serializer, ahead of
 * Spin's, writes a Json value whose text fits the text column ({@value #MAX_CHARS} characters, the column's size in
 * the PostgreSQL and H2 schemas) into {@code TEXT_} of the runtime row, which the history row copies; longer values still
 * go to Spin's serializer and a byte array. Readers see no difference: the value is a Json value of the same text,
 * through the Java API, REST (Tasklist's form variables) and Cockpit. Rows written before (serializer {@code json})
 * are still read by Spin's serializer, which stays registered.
 */
@Component
class JsonInTextColumn extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // custom pre-serializers come first in the list, before Spin's (added at post-init); both handle Json, and the
        // engine picks the first one of the default data format (application.yaml: application/json)
        List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
        serializers.add(new Serializer());
        configuration.setCustomPreVariableSerializers(serializers);
    }

    /** The size of {@code TEXT_} in ACT_RU_VARIABLE and ACT_HI_VARINST (varchar(4000) on PostgreSQL and H2). */
    static final int MAX_CHARS = 4000;

    /** Spin's Json serializer, reading and writing the text column instead of the byte array. */
    static final class Serializer extends JsonValueSerializer {

        /** The serializer name stored with each variable row (Spin's own is {@code json}). */
        static final String NAME = "json-text";

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        protected boolean canWriteValue(TypedValue value) {
            return super.canWriteValue(value) && fitsTextColumn(value);
        }

        private static boolean fitsTextColumn(TypedValue value) {
            String text;
            if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
                text = serializable.getValueSerialized();
            } else {
                // a Spin node (possibly changed since it was read): its text as it would be written
                text = value.getValue() == null ? null : value.getValue().toString();
            }
            return text == null || text.length() <= MAX_CHARS;
        }

        @Override
        protected void writeToValueFields(SpinValue value, ValueFields valueFields, byte[] serializedValue) {
            valueFields.setTextValue(serializedValue == null ? null : StringUtil.fromBytes(serializedValue));
        }

        @Override
        protected byte[] readSerializedValueFromFields(ValueFields valueFields) {
            String text = valueFields.getTextValue();
            return text == null ? null : StringUtil.toByteArray(text);
        }
    }
}
