package vn.parindex.platform.engine;

import java.lang.reflect.Field;

/** What the engine's task commands (complete, submit form, claim) work on, which their API does not expose. */
public final class TaskCommands {

    private TaskCommands() {
    }

    /** The task id a command holds; null if the engine's command changed shape (then callers check nothing). */
    public static String taskIdOf(Object command) {
        for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField("taskId");
                field.setAccessible(true);
                return (String) field.get(command);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (ReflectiveOperationException e) {
                return null;
            }
        }
        return null;
    }
}
