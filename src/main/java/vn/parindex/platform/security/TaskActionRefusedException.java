package vn.parindex.platform.security;

import org.camunda.bpm.engine.AuthorizationException;

/** An action on a task that nobody may take through the API; the message is Vietnamese and shown as is. */
public class TaskActionRefusedException extends AuthorizationException {

    public TaskActionRefusedException(String message) {
        super(message);
    }
}
