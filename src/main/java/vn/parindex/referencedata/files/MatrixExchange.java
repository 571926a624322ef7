package vn.parindex.referencedata.files;

import java.util.List;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.parindex.calendar.AssessmentYear;
import vn.parindex.calendar.CalendarService;
import vn.parindex.common.ValidationException;
import vn.parindex.criteria.CriteriaService;
import vn.parindex.criteria.Criterion;
import vn.parindex.orgdirectory.OrgDirectoryService;
import vn.parindex.referencedata.MatrixTable;
import vn.parindex.referencedata.OfficialTables;
import vn.parindex.office.ReportsProperties;
import vn.parindex.office.Upload;
import vn.parindex.office.workbook.UploadedWorkbook;

/** A year's responsibility matrix in and out as .xlsx. */
@Service
@RequiredArgsConstructor
public class MatrixExchange {

    private final OfficialTables tables;
    private final CalendarService calendar;
    private final CriteriaService criteria;
    private final OrgDirectoryService orgDirectory;
    private final ReportsProperties properties;

    public byte[] export(int year) {
        MatrixTable table = tables.matrix(year).orElseThrow(() -> noYear(year));
        var names = criteria.items(table.criteriaSetCode()).stream()
                .collect(Collectors.toMap(Criterion::code, Criterion::name));
        return MatrixWorkbook.write(table, names, orgDirectory.all());
    }

    /** Checks the whole file, then replaces the year's matrix in one transaction, unless a cycle of the year exists. */
    public MatrixTable importMatrix(int year, Upload upload, String user) {
        AssessmentYear data = calendar.year(year).orElseThrow(() -> noYear(year));
        UploadedWorkbook workbook = UploadedWorkbook.read(upload.bytes(), properties.limits(),
                List.of(MatrixWorkbook.INFO_SHEET, MatrixWorkbook.MATRIX_SHEET));
        MatrixTable table = MatrixReader.read(workbook,
                new MatrixReader.Context(data, criteria::items, orgDirectory.all()));
        tables.replaceMatrix(table, upload.fileName(), upload.sha256(), user);
        return table;
    }

    private static ValidationException noYear(int year) {
        return new ValidationException("Chưa có dữ liệu năm " + year + " (data/years/" + year + ".yaml).");
    }
}
