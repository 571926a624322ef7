package vn.parindex.internalindex.files;

import java.time.ZoneId;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.calendar.AssessmentYear;
import vn.parindex.calendar.CalendarService;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.internalindex.Period;
import vn.parindex.internalindex.Publication;
import vn.parindex.office.word.Issue;
import vn.parindex.office.word.OfficialLetterheads;
import vn.parindex.orgdirectory.Signers;

/**
 * The year's internal index ranking as .xlsx / .docx, generated from our tables when asked for (once the index is
 * computed: a draft for the Chairman's decision, the published ranking after approval) and kept with a version.
 */
@Service
@RequiredArgsConstructor
public class RankingReports {

    private final InternalIndexService index;
    private final RankingFiles files;
    private final ZoneId zone;
    private final OfficialLetterheads letterheads;
    private final Signers signers;
    private final CalendarService calendar;

    @Transactional
    public RankingFiles.Stored generate(int year, RankingKind kind, String user) {
        Period period = period(year);
        Publication publication = index.publication(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Chỉ số CCHC của các cơ quan, đơn vị năm " + year + " chưa được tính (chờ thẩm định và điều tra xã hội học)."));
        byte[] content = switch (kind) {
            case RANKING_XLSX -> RankingWorkbook.write(publication, zone);
            case RANKING_DOCX -> RankingDocument.write(publication, zone,
                    letterheads.of("internalIndexRanking", province(year), year), issue(publication));
        };
        return files.store(period.id(), kind, kind.fileName(year), content, publication.published(), user);
    }

    public List<RankingFiles.Stored> list(int year) {
        return files.list(period(year).id());
    }

    public RankingFiles.Stored version(int year, RankingKind kind, int version) {
        return files.find(period(year).id(), kind, version, true).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Không có phiên bản " + version + " của tệp " + kind.path() + " năm " + year + "."));
    }

    /** A decision signed by whoever approved the publication; its number is filled in by the văn thư. */
    private Issue issue(Publication publication) {
        Issue draft = Issue.draft(publication.publishedAt() == null ? publication.year() + 1
                : publication.publishedAt().atZoneSameInstant(zone).getYear());
        return publication.published() && publication.publishedBy() != null
                ? signers.signed(draft, publication.publishedBy()) : draft;
    }

    /** The province the year's data names (the ranking is its People's Committee's decision). */
    private String province(int year) {
        return calendar.year(year).map(AssessmentYear::province).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "Chưa có dữ liệu năm " + year + " (tên tỉnh) trong data/years/."));
    }

    private Period period(int year) {
        return index.current(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Chưa có kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị năm " + year + "."));
    }
}
