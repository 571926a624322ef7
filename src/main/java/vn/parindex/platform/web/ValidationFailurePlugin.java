package vn.parindex.platform.web;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.parindex.workflow.PeopleDirectory;

/**
 * Lets every engine command report why it failed ({@link vn.parindex.common.ValidationException}, a race on a task) to
 * the request that ran it.
 */
@Component
class ValidationFailurePlugin extends AbstractProcessEnginePlugin {

    // the directory reads through the engine this plugin helps to build: looked up when a refusal names someone
    private final ObjectProvider<PeopleDirectory> people;

    ValidationFailurePlugin(ObjectProvider<PeopleDirectory> people) {
        this.people = people;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(0, new RecordingInterceptor(people));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static final class RecordingInterceptor extends CommandInterceptor implements ValidationFailures.Lookups {

        private final ObjectProvider<PeopleDirectory> people;

        RecordingInterceptor(ObjectProvider<PeopleDirectory> people) {
            this.people = people;
        }

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                ValidationFailures.record(command, e, this);
                throw e;
            }
        }

        /** Read in a new command: the failed one has been rolled back by now. */
        @Override
        public boolean taskGone(String taskId) {
            return taskId != null && Boolean.TRUE.equals(next.execute(
                    (Command<Boolean>) context -> context.getTaskManager().findTaskById(taskId) == null));
        }

        /** The person's name, as everywhere a user reads who holds a task. */
        @Override
        public String userName(String userId) {
            PeopleDirectory directory = people.getIfAvailable();
            return directory == null || userId == null ? userId : directory.userName(userId);
        }
    }
}
