package vn.parindex.office;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller that takes files in or gives them out: its refusals (wrong file, too large, not allowed) answer
 * with the Vietnamese reason in a JSON body ({@link ReportsExceptionHandler}), wherever the feature's package is.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FileEndpoints {
}
