package vn.parindex.internalindex;

/** The addresses of the internal index's files and pages, shown in forms and on the page. */
public final class InternalIndexLinks {

    private InternalIndexLinks() {
    }

    public static String page(int year) {
        return "/pages/internal-index?year=" + year;
    }

    public static String surveyWorkbook(int year) {
        return "/api/internal-index/" + year + "/survey-workbook";
    }

    public static String surveyUploadPage(int year) {
        return "/pages/internal-index/survey?year=" + year;
    }

    public static String rankingXlsx(int year) {
        return "/api/internal-index/" + year + "/reports/ranking.xlsx";
    }

    public static String rankingDocx(int year) {
        return "/api/internal-index/" + year + "/reports/ranking.docx";
    }
}
