package vn.parindex.cycle.process;

import java.util.HashMap;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import vn.parindex.common.ValidationException;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;
import vn.parindex.cycle.DeadlineDates;

/** Starts cycles and tells them about the Ministry's guidance; used by our API and by tests. */
@Service
@RequiredArgsConstructor
public class CycleProcessService {

    private final RuntimeService runtime;
    private final CycleService cycles;

    /** Same variables the start form submits; empty dates come from the year's calendar. */
    public ProcessInstance start(int year, DeadlineDates dates) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CycleProcess.YEAR, year);
        putDate(variables, CycleProcess.PLAN_DUE, dates.planDue());
        putDate(variables, CycleProcess.SELF_ASSESSMENT_OPENS, dates.selfAssessmentOpens());
        putDate(variables, CycleProcess.UNIT_SCORE_DUE, dates.unitScoreDue());
        putDate(variables, CycleProcess.REPORT_TO_CHAIRMAN_DUE, dates.reportToChairmanDue());
        putDate(variables, CycleProcess.CHAIRMAN_APPROVAL_DUE, dates.chairmanApprovalDue());
        putDate(variables, CycleProcess.MINISTRY_DEADLINE, dates.ministryDeadline());
        return runtime.startProcessInstanceByKey(CycleProcess.PROCESS_KEY, variables);
    }

    /** {@link #start} for callers outside the process layer: the new instance's id. */
    public String open(int year, DeadlineDates dates) {
        return start(year, dates).getId();
    }

    /** The Ministry's guidance arrived: self-assessment opens now instead of at the calendar date. */
    public void guidanceReceived(int year) {
        Cycle cycle = cycles.findOpen(year).orElseThrow(() -> new ValidationException(
                "Không có kỳ đánh giá năm " + year + " đang mở."));
        if (cycle.selfAssessmentOpenedAt() != null) {
            throw new ValidationException("Kỳ đánh giá năm " + year + " đã mở tự đánh giá từ trước.");
        }
        runtime.createMessageCorrelation(CycleProcess.MESSAGE_GUIDANCE_RECEIVED)
                .processInstanceBusinessKey(cycle.businessKey())
                .correlate();
    }

    private static void putDate(Map<String, Object> variables, String name, java.time.LocalDate date) {
        if (date != null) {
            variables.put(name, date.toString());
        }
    }
}
