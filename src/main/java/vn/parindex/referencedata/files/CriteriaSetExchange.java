package vn.parindex.referencedata.files;

import java.util.List;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import vn.parindex.common.ValidationException;
import vn.parindex.referencedata.CriteriaTable;
import vn.parindex.referencedata.OfficialTables;
import vn.parindex.office.ReportsProperties;
import vn.parindex.office.Upload;
import vn.parindex.office.workbook.UploadedWorkbook;

/** The official criteria table in and out as .xlsx; an import is a new criteria set under the uploader's code. */
@Service
@RequiredArgsConstructor
public class CriteriaSetExchange {

    private static final Pattern SET_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

    private final OfficialTables tables;
    private final ReportsProperties properties;

    public byte[] export(String code) {
        return CriteriaSetWorkbook.write(tables.criteriaSet(code).orElseThrow(() -> new ValidationException(
                "Không có bộ tiêu chí mã " + code + ".")));
    }

    /** Checks the whole file, then stores it in one transaction: all of it, or nothing. */
    public CriteriaTable importSet(String code, Upload upload, String user) {
        if (code == null || !SET_CODE.matcher(code).matches()) {
            throw new ValidationException("Mã bộ tiêu chí \"" + code + "\" không hợp lệ: dùng chữ không dấu, chữ số, "
                    + "dấu chấm, gạch ngang (tối đa 40 ký tự), ví dụ 1187-2025.");
        }
        UploadedWorkbook workbook = UploadedWorkbook.read(upload.bytes(), properties.limits(),
                List.of(CriteriaSetWorkbook.INFO_SHEET, CriteriaSetWorkbook.ITEMS_SHEET));
        CriteriaTable table = CriteriaSetReader.read(workbook, code);
        tables.replaceCriteriaSet(table, upload.fileName(), upload.sha256(), user);
        return table;
    }
}
