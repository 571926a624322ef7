package vn.parindex.platform.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionManager;

/**
 * Loads of a process instance's execution tree only the part a command walks, instead of the whole tree.
 *
 * <p>By default the engine loads every execution of a process instance, in every command, the first time it needs an
 * execution's parent, children or process instance ("execution tree prefetch"). A cycle is one process instance whose
 * units' work runs as multi-instance subprocesses: one open task of one unit (a notice timer firing, a form read) then
 * loaded and built the executions of every unit, several hundred at 300 units. The scale curve's allocation profile
 * put two thirds of all allocation there (bench/RESULTS.md).
 *
 * <p>With prefetch off the engine asks for what it needs, and this execution manager answers:
 * <ul>
 * <li>an execution by id: the execution with all its ancestors up to the process instance, in one statement (a
 * recursive query), so walking up for a variable or the process instance costs what the prefetch cost, without the
 * other branches;</li>
 * <li>the children of the process instance or of a multi-instance body (the wide nodes: the engine then usually goes on
 * into every child, for example to find the finished instances when a unit's subprocess ends): the whole tree once, as
 * the prefetch did, and every later request for children in that command from it, instead of one statement per
 * child;</li>
 * <li>the children of any other execution: the engine's own query (a task's scope, a subprocess: few or none).</li>
 * </ul>
 * The answers are the engine's own cached entities, as with its own queries. Children are taken by their parent id
 * in the command's cache: an execution moved or removed in this command has already initialised its old and new
 * parent's child lists (the engine does that before it changes a parent), so they are never asked for again.
 *
 * <p>Leaving a scope still loads the whole tree, once: the engine then maps the activity instances of the whole tree
 * ({@code LegacyBehavior.destroySecondNonScope}). User tasks are no scopes for that reason (TaskTimersWithoutScope).
 * {@code par.engine.execution-tree-on-demand=false} restores the engine's prefetch.
 */
final class ExecutionTreeOnDemand extends ExecutionManager {

    static final String ANCESTORS_STATEMENT = "vn.parindex.platform.engine.ExecutionAncestors.selectExecutionWithAncestors";

    /**
     * Whole trees loaded in this command (the session lives as long as the command): process instance id to its
     * executions' children by parent id, as loaded.
     */
    private final Map<String, Map<String, List<ExecutionEntity>>> loadedTrees = new HashMap<>();

    @Override
    public ExecutionEntity findExecutionById(String executionId) {
        if (executionId == null) {
            return null;
        }
        DbEntityManager entities = getDbEntityManager();
        ExecutionEntity cached = entities.getCachedEntity(ExecutionEntity.class, executionId);
        if (cached != null) {
            return cached;
        }
        @SuppressWarnings("unchecked")
        List<ExecutionEntity> chain = entities.selectList(ANCESTORS_STATEMENT, executionId);
        return chain.stream().filter(execution -> executionId.equals(execution.getId())).findFirst().orElse(null);
    }

    @Override
    public List<ExecutionEntity> findChildExecutionsByParentExecutionId(String parentExecutionId) {
        ExecutionEntity parent = getDbEntityManager().getCachedEntity(ExecutionEntity.class, parentExecutionId);
        if (parent == null) {
            return super.findChildExecutionsByParentExecutionId(parentExecutionId);
        }
        Map<String, List<ExecutionEntity>> tree = loadedTrees.get(parent.getProcessInstanceId());
        if (tree == null && isWide(parent)) {
            tree = new HashMap<>();
            for (ExecutionEntity execution : findExecutionsByProcessInstanceId(parent.getProcessInstanceId())) {
                if (execution.getParentId() != null) {
                    tree.computeIfAbsent(execution.getParentId(), id -> new ArrayList<>()).add(execution);
                }
            }
            loadedTrees.put(parent.getProcessInstanceId(), tree);
        }
        if (tree == null) {
            return super.findChildExecutionsByParentExecutionId(parentExecutionId);
        }
        // a new list each time: the engine keeps it as the parent's child list and changes it
        return new ArrayList<>(tree.getOrDefault(parentExecutionId, List.of()));
    }

    private static boolean isWide(ExecutionEntity parent) {
        return parent.isProcessInstanceExecution()
                || (parent.getActivityId() != null && parent.getActivityId().endsWith(BpmnParse.MULTI_INSTANCE_BODY_ID_SUFFIX));
    }

    /** Opens {@link ExecutionTreeOnDemand} wherever the engine asks a command for its {@link ExecutionManager}. */
    static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return ExecutionManager.class;
        }

        @Override
        public Session openSession() {
            return new ExecutionTreeOnDemand();
        }
    }

    /** Turns the engine's prefetch off, installs the manager and the ancestors statement. */
    static final class Plugin extends AbstractProcessEnginePlugin {

        @Override
        public void preInit(ProcessEngineConfigurationImpl configuration) {
            configuration.setExecutionTreePrefetchEnabled(false);
            List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                    ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
            factories.add(new Factory());
            configuration.setCustomSessionFactories(factories);
        }

        @Override
        public void postInit(ProcessEngineConfigurationImpl configuration) {
            Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
            if (mybatis.hasStatement(ANCESTORS_STATEMENT, false)) {
                return;
            }
            String resource = "vn/parindex/platform/engine/ExecutionAncestors.xml";
            try (InputStream xml = ExecutionTreeOnDemand.class.getClassLoader().getResourceAsStream(resource)) {
                if (xml == null) {
                    throw new ProcessEngineException("Missing " + resource);
                }
                new XMLMapperBuilder(xml, mybatis, resource, mybatis.getSqlFragments()).parse();
            } catch (IOException e) {
                throw new ProcessEngineException("Cannot read " + resource, e);
            }
        }

        @Override
        public String toString() {
            return "execution tree loaded on demand";
        }
    }
}
