package vn.parindex.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The start-up baseline (P5): Spring Boot with the same Camunda starters (engine, webapps, REST) and nothing of ours,
 * launched by the benchmark on the same classpath of libraries, with its own configuration file. Not a component,
 * so no application context ever picks it up by scanning.
 */
@EnableAutoConfiguration
public class BareCamundaApplication {

    public static void main(String[] args) {
        SpringApplication.run(BareCamundaApplication.class, args);
    }
}
