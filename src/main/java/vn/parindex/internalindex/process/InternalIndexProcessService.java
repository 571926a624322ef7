package vn.parindex.internalindex.process;

import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/** Starts a year's internal index period (also from Tasklist's start form, which runs the same model). */
@Service
@RequiredArgsConstructor
public class InternalIndexProcessService {

    private final RuntimeService runtime;

    public ProcessInstance start(int year) {
        return runtime.startProcessInstanceByKey(InternalIndexProcess.PROCESS_KEY, Map.of(InternalIndexProcess.YEAR, year));
    }
}
