package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** House rules for every model in processes/ and every form in forms/ (see docs/architecture.md, "Conventions"). */
class ModelConventionsTest {

    private static final Pattern MEANINGFUL_ID = Pattern.compile(
            "(startEvent|endEvent|userTask|serviceTask|sendTask|businessRuleTask|callActivity|subProcess|gateway|timer|message|error|escalation)_[a-z][A-Za-z0-9]+");
    private static final Pattern MODELER_ID = Pattern.compile("id=\"(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task)_[0-9a-z]{6,7}\"");
    /** Due dates come from data through the deadline beans, never from a duration written in the model. */
    private static final Pattern DUE_DATE_BEAN = Pattern.compile("\\$\\{(cycleDeadlines|appraisalDeadlines|focalOfficialDeadlines|remediationDeadlines|internalIndexDeadlines|quarterlyDeadlines)\\.[a-z][A-Za-z]*\\([A-Za-z]+\\)}");
    private static final Pattern BEAN_EXPRESSION = Pattern.compile("\\$\\{[a-z][A-Za-z0-9]*}");

    private static final Map<Path, BpmnModelInstance> models = new HashMap<>();
    private static final Map<String, Path> formsById = new HashMap<>();

    @BeforeAll
    static void readModelsAndForms() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("processes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                models.put(file, Bpmn.readModelFromFile(file.toFile()));
            }
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.walk(Path.of("forms"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".form")).toList()) {
                JsonNode form = json.readTree(file.toFile());
                Path previous = formsById.put(form.path("id").asText(), file);
                assertThat(previous).as("form id %s used twice", form.path("id").asText()).isNull();
            }
        }
        assertThat(models).isNotEmpty();
    }

    @Test
    void processIdEqualsFileNameAndHistoryTimeToLiveIsSet() {
        models.forEach((file, model) -> {
            List<Process> processes = List.copyOf(model.getModelElementsByType(Process.class));
            assertThat(processes).hasSize(1);
            String fileName = file.getFileName().toString().replace(".bpmn", "");
            assertThat(processes.get(0).getId()).isEqualTo(fileName);
            assertThat(processes.get(0).isExecutable()).isTrue();
            assertThat(processes.get(0).getCamundaHistoryTimeToLiveString()).as(file.toString()).isNotBlank();
        });
    }

    @Test
    void everyFlowNodeHasAMeaningfulIdAndANameAndNoModelerId() throws IOException {
        for (var entry : models.entrySet()) {
            String xml = Files.readString(entry.getKey());
            assertThat(MODELER_ID.matcher(xml).find()).as("modeler id in " + entry.getKey()).isFalse();
            for (FlowNode node : entry.getValue().getModelElementsByType(FlowNode.class)) {
                assertThat(node.getId()).matches(MEANINGFUL_ID);
                assertThat(node.getName()).as(node.getId()).isNotBlank();
            }
        }
    }

    @Test
    void delegatesAndListenersAreBeansByExpression() {
        models.values().forEach(model -> {
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                assertThat(task.getCamundaClass()).as(task.getId()).isNull();
                assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches(BEAN_EXPRESSION);
            }
            for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
                assertThat(listener.getCamundaClass()).isNull();
                assertThat(listener.getCamundaDelegateExpression()).matches(BEAN_EXPRESSION);
            }
        });
    }

    @Test
    void everyUserTaskHasAFormOfOurOwnACandidateGroupAndADueDateFromABean() {
        models.values().forEach(model -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
                assertThat(formsById).as("form file for " + task.getCamundaFormRef()).containsKey(task.getCamundaFormRef());
                assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
                assertThat(task.getCamundaDueDate()).as(task.getId()).matches(DUE_DATE_BEAN);
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(formsById).containsKey(start.getCamundaFormRef());
                    assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
                }
            }
        });
    }

    @Test
    void formFileNameEqualsFormId() {
        formsById.forEach((id, file) -> assertThat(file.getFileName().toString()).isEqualTo(id + ".form"));
    }

    @Test
    void everyDivergingExclusiveGatewayHasADefaultAndNamedFlows() {
        models.values().forEach(model -> {
            for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
                if (gateway.getOutgoing().size() < 2) {
                    continue;
                }
                assertThat(gateway.getDefault()).as(gateway.getId()).isNotNull();
                for (SequenceFlow flow : gateway.getOutgoing()) {
                    assertThat(flow.getName()).as(flow.getId()).isNotBlank();
                    if (flow != gateway.getDefault()) {
                        assertThat(flow.getConditionExpression()).as(flow.getId()).isNotNull();
                    }
                }
            }
        });
    }
}
