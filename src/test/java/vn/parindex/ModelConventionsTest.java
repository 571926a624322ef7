package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** House rules for every model in processes/ and every form in forms/ (see docs/architecture.md, "Conventions"). */
class ModelConventionsTest {

    private static final Pattern MEANINGFUL_ID = Pattern.compile(
            "(startEvent|endEvent|userTask|serviceTask|sendTask|businessRuleTask|callActivity|subProcess|gateway|timer|message|error|escalation)_[a-z][A-Za-z0-9]+");
    private static final Pattern MODELER_ID = Pattern.compile("id=\"(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task)_[0-9a-z]{6,7}\"");
    /** Due dates come from data through the deadline beans, never from a duration written in the model. */
    private static final Pattern DUE_DATE_BEAN = Pattern.compile("\\$\\{(cycleDeadlines|appraisalDeadlines|focalOfficialDeadlines|leadersSurveyDeadlines|cooperationDeadlines|remediationDeadlines|internalIndexDeadlines|quarterlyDeadlines)\\.[a-z][A-Za-z]*\\([A-Za-z]+\\)}");
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
    void everyUserTaskHasTheNoticeTimerOnCreateAndOnTimeout() {
        models.values().forEach(model -> {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                List<String> noticeEvents = task.getExtensionElements().getElementsQuery()
                        .filterByType(CamundaTaskListener.class).list().stream()
                        .filter(listener -> "${noticeTimer}".equals(listener.getCamundaDelegateExpression()))
                        .map(CamundaTaskListener::getCamundaEvent).toList();
                // create: the reminders already past when the task is given are logged then, not by a job (NoticeTimer)
                assertThat(noticeEvents).as(task.getId()).containsExactly("create", "timeout");
            }
        });
    }

    /**
     * A process with user tasks is marked so their notice timers need no scope execution of the task's own
     * (platform/engine/TaskTimersWithoutScope: on deadline day each completion otherwise walked every unit's executions).
     */
    @Test
    void everyProcessWithUserTasksHasItsTaskTimersWithoutScope() {
        models.forEach((file, model) -> {
            for (Process process : model.getModelElementsByType(Process.class)) {
                if (model.getModelElementsByType(UserTask.class).isEmpty()) {
                    continue;
                }
                List<String> marker = process.getExtensionElements() == null ? List.of()
                        : process.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                        .stream().flatMap(properties -> properties.getCamundaProperties().stream())
                        .filter(property -> "parindex.taskTimersWithoutScope".equals(property.getCamundaName()))
                        .map(CamundaProperty::getCamundaValue).toList();
                assertThat(marker).as(file.toString()).containsExactly("true");
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

    /**
     * Cockpit draws every label where the diagram says (issue 15 item 9: "Kế hoạch triển khai của từng đơn vị" over
     * "Trả lại"): every named flow carries its label bounds, and no label (nor an expanded sub-process's title, drawn
     * centred at its top) overlaps another label or a task.
     */
    @Test
    void labelsOverlapNeitherEachOtherNorTasks() {
        List<String> overlaps = new ArrayList<>();
        models.forEach((file, model) -> {
            Map<String, Box> labels = new LinkedHashMap<>();
            Map<String, Box> tasks = new LinkedHashMap<>();
            for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
                BaseElement element = shape.getBpmnElement();
                Bounds bounds = shape.getBounds();
                if (element instanceof SubProcess subProcess && subProcess.getName() != null) {
                    labels.put(element.getId() + " (title)", Box.subProcessTitle(subProcess.getName(), bounds));
                } else if (element instanceof Activity) {
                    tasks.put(element.getId(), Box.of(bounds));
                }
                if (shape.getBpmnLabel() != null && shape.getBpmnLabel().getBounds() != null) {
                    labels.put(element.getId() + " (label)", Box.of(shape.getBpmnLabel().getBounds()));
                }
            }
            for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
                if (edge.getBpmnElement() instanceof SequenceFlow flow && flow.getName() != null && !flow.getName().isBlank()) {
                    assertThat(edge.getBpmnLabel()).as("%s: label bounds of %s", file, flow.getId()).isNotNull();
                    labels.put(flow.getId() + " (label)", Box.of(edge.getBpmnLabel().getBounds()));
                }
            }
            List<Map.Entry<String, Box>> labelList = new ArrayList<>(labels.entrySet());
            for (int i = 0; i < labelList.size(); i++) {
                for (int j = i + 1; j < labelList.size(); j++) {
                    if (labelList.get(i).getValue().overlaps(labelList.get(j).getValue())) {
                        overlaps.add(file.getFileName() + ": " + labelList.get(i).getKey() + " / " + labelList.get(j).getKey());
                    }
                }
                for (var task : tasks.entrySet()) {
                    if (labelList.get(i).getValue().overlaps(task.getValue())) {
                        overlaps.add(file.getFileName() + ": " + labelList.get(i).getKey() + " / " + task.getKey());
                    }
                }
            }
        });
        assertThat(overlaps).as("overlapping labels").isEmpty();
    }

    /** A rectangle of the diagram. */
    private record Box(double x, double y, double width, double height) {

        static Box of(Bounds bounds) {
            return new Box(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
        }

        /** bpmn-js writes an expanded sub-process's name centred at its top, 12 px Arial (about 6.5 px a character). */
        static Box subProcessTitle(String name, Bounds bounds) {
            double available = bounds.getWidth() - 10;
            double text = name.length() * 6.5;
            int lines = (int) Math.ceil(text / available);
            double width = Math.min(text, available);
            return new Box(bounds.getX() + (bounds.getWidth() - width) / 2, bounds.getY() + 5, width, 15 * lines);
        }

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height;
        }
    }
}
