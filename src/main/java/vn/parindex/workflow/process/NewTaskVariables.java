package vn.parindex.workflow.process;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableCollectionProvider;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * Spares the select of a new task's variables (issue 17, one statement per task): the engine starts a new execution
 * with its variables known to be none, but not a new task, so the first variable a create listener reads or sets on
 * it asks the database for the variables of a task that was inserted by this very command and has none stored. For
 * such a task (transient in the command's entity cache) the store is initialised empty, as the engine does for a new
 * execution; the task stays its own provider afterwards. Anything else is left to the engine.
 */
final class NewTaskVariables {

    private static final Field STORE = storeField();

    private NewTaskVariables() {
    }

    @SuppressWarnings("unchecked")
    static void knownEmpty(DelegateTask delegateTask) {
        if (STORE == null || !(delegateTask instanceof TaskEntity task) || Context.getCommandContext() == null) {
            return;
        }
        CachedDbEntity cached = Context.getCommandContext().getDbEntityManager().getDbEntityCache().getCachedEntity(task);
        if (cached == null || cached.getEntityState() != DbEntityState.TRANSIENT) {
            return;
        }
        try {
            VariableStore<VariableInstanceEntity> store = (VariableStore<VariableInstanceEntity>) STORE.get(task);
            if (store != null && !store.isInitialized()) {
                store.setVariablesProvider(VariableCollectionProvider.emptyVariables());
                store.forceInitialization();
                store.setVariablesProvider(task);
            }
        } catch (IllegalAccessException e) {
            // the engine loads them as usual
        }
    }

    private static Field storeField() {
        try {
            Field field = TaskEntity.class.getDeclaredField("variableStore");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
