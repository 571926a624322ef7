"""Process-level parts shared by the BPMN generators of this folder."""

# user tasks' notice timers without a scope of the task's own (platform/engine/TaskTimersWithoutScope);
# ModelConventionsTest checks that every model with user tasks has it
PROCESS_EXTENSIONS = '''    <bpmn:extensionElements>
      <camunda:properties>
        <!-- user tasks' notice timers without a scope of the task's own (platform/engine/TaskTimersWithoutScope) -->
        <camunda:property name="parindex.taskTimersWithoutScope" value="true" />
      </camunda:properties>
    </bpmn:extensionElements>'''
