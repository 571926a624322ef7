package vn.parindex.internalindex.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import vn.parindex.internalindex.InternalIndexAccess;
import vn.parindex.internalindex.InternalIndexLinks;
import vn.parindex.internalindex.InternalIndexService;
import vn.parindex.internalindex.Period;
import vn.parindex.internalindex.PublishedIndex;

/**
 * The published internal index of the province's units: {@code /pages/internal-index?year=} (page) and
 * {@code /api/internal-index/{year}} (JSON), for Sở Nội vụ, the province's leaders and the appraisal council.
 * Results appear once the Chairman approved them; before that the page shows where the period stands.
 */
@Controller
@RequiredArgsConstructor
class InternalIndexController {

    private final InternalIndexService index;
    private final InternalIndexAccess access;
    private final Clock clock;

    @GetMapping("/api/internal-index/{year}")
    @ResponseBody
    PublishedIndex json(@PathVariable int year) {
        requireViewer();
        return view(year);
    }

    @GetMapping("/pages/internal-index")
    String page(@RequestParam int year, Model model) {
        requireViewer();
        model.addAttribute("v", view(year));
        return "pages/internal-index";
    }

    private PublishedIndex view(int year) {
        Period period = index.current(year).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Chưa có kỳ xác định Chỉ số CCHC của các cơ quan, đơn vị năm " + year + "."));
        boolean published = "PUBLISHED".equals(period.status());
        return new PublishedIndex(year, period.status(), published ? "Đã công bố" : "Đang xác định, chưa công bố",
                period.publishedAt(), published ? index.results(period.id()) : List.of(), index.unitStatuses(period.id()),
                index.progress(period.id(), OffsetDateTime.now(clock)),
                published ? InternalIndexLinks.rankingXlsx(year) : null, published ? InternalIndexLinks.rankingDocx(year) : null);
    }

    private void requireViewer() {
        access.requireViewer();
    }
}
