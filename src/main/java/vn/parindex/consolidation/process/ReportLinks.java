package vn.parindex.consolidation.process;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.parindex.cycle.CycleService;
import vn.parindex.consolidation.files.ReportKind;

/** Task-local download links of the cycle's provincial outputs, for the forms that decide on the report. */
@Component
@RequiredArgsConstructor
public class ReportLinks {

    public static final String APPENDIX_URL = "appendixUrl";
    public static final String REPORT_DOCUMENT_URL = "reportDocumentUrl";
    public static final String PROGRESS_URL = "progressUrl";

    private final CycleService cycles;

    public void show(DelegateTask task, long cycleId) {
        int year = cycles.get(cycleId).year();
        task.setVariableLocal(APPENDIX_URL, ReportKind.APPENDIX.url(year));
        task.setVariableLocal(REPORT_DOCUMENT_URL, ReportKind.SELF_ASSESSMENT_REPORT.url(year));
        task.setVariableLocal(PROGRESS_URL, ReportKind.PROGRESS.url(year));
    }
}
