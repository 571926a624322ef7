package vn.parindex.consolidation.files;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.office.word.Issue;
import vn.parindex.cycle.Cycle;
import vn.parindex.cycle.CycleService;

/**
 * The provincial outputs of a year's cycle, generated from our tables at the moment they are asked for and kept
 * with a version number, so what was handed out can be shown again.
 */
@Service
@RequiredArgsConstructor
public class ProvincialReports {

    private final CycleService cycles;
    private final ProvincialData data;
    private final ReportFiles files;

    @Transactional
    public StoredReport generate(int year, ReportKind kind, String user) {
        Cycle cycle = cycleOf(year);
        byte[] content = switch (kind) {
            case APPENDIX -> AppendixWorkbook.write(List.of(data.appendix(cycle)));
            case SELF_ASSESSMENT_REPORT -> {
                Issue issue = data.issue(cycle);
                yield SelfAssessmentReportDocument.write(data.report(cycle), data.letterhead(cycle, issue), issue);
            }
            case PROGRESS -> ProgressWorkbook.write("TIẾN ĐỘ, QUÁ HẠN CỦA CÁC ĐƠN VỊ — CHỈ SỐ CCHC NĂM " + year,
                    data.province(cycle) + " · Số ngày trễ tính theo ngày làm việc (trừ thứ Bảy, Chủ nhật, ngày lễ, "
                            + "nghỉ bù)", data.progress(cycle));
        };
        return files.store(cycle.id(), kind, kind.fileName(year), content, user);
    }

    public List<StoredReport> list(int year) {
        return files.list(cycleOf(year).id());
    }

    public StoredReport version(int year, ReportKind kind, int version) {
        return files.find(cycleOf(year).id(), kind, version, true).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Không có phiên bản " + version + " của " + kind.label() + " năm " + year + "."));
    }

    /** The open cycle of the year, else its latest. */
    private Cycle cycleOf(int year) {
        return cycles.findOpen(year).or(() -> cycles.all().stream().filter(cycle -> cycle.year() == year).findFirst())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Không có kỳ đánh giá năm " + year + "."));
    }
}
