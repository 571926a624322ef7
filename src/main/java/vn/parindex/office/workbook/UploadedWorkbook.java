package vn.parindex.office.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.SAXException;
import vn.parindex.common.ValidationException;

/**
 * An uploaded .xlsx, checked before anything is parsed (size, ZIP signature, the OOXML workbook content type) and
 * read with the event API: sheet XML is streamed, formulas are kept as text and never evaluated, and a sheet with
 * more rows than allowed is refused while it is being read.
 */
public final class UploadedWorkbook {

    private static final int MEGABYTE = 1024 * 1024;

    static {
        // zip-bomb guards for every package POI opens in this JVM: parts inflate at most 100x and to at most 50 MB
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(50L * MEGABYTE);
        ZipSecureFile.setMaxTextSize(20L * MEGABYTE);
        ZipSecureFile.setMaxFileCount(2000);
    }

    private final Map<String, SheetTable> sheets;

    private UploadedWorkbook(Map<String, SheetTable> sheets) {
        this.sheets = sheets;
    }

    /** Reads the named sheets of the file; other sheets are skipped unread. */
    public static UploadedWorkbook read(byte[] bytes, UploadLimits limits, Collection<String> sheetNames) {
        checkFile(bytes, limits);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            if (pkg.getPartsByContentType(XSSFRelation.WORKBOOK.getContentType()).isEmpty()) {
                throw new ValidationException("Tệp là tài liệu Office nhưng không phải bảng tính Excel .xlsx "
                        + "(ví dụ tệp Word hoặc bảng tính có macro). Hãy lưu lại dưới dạng Excel Workbook (.xlsx).");
            }
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            Map<String, SheetTable> found = new LinkedHashMap<>();
            XSSFReader.SheetIterator iterator = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (iterator.hasNext()) {
                try (InputStream sheet = iterator.next()) {
                    String name = iterator.getSheetName();
                    if (sheetNames.contains(name)) {
                        found.put(name, SheetXmlReader.read(name, sheet, strings, limits.maxRows()));
                    }
                }
            }
            return new UploadedWorkbook(found);
        } catch (ValidationException e) {
            throw e;
        } catch (IOException | OpenXML4JException | OpenXML4JRuntimeException | POIXMLException | SAXException
                 | XMLStreamException | RecordFormatException | IllegalArgumentException | IllegalStateException e) {
            throw new ValidationException("Tệp .xlsx bị hỏng hoặc không đọc được (" + e.getClass().getSimpleName()
                    + "). Hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi tải lên lại.");
        }
    }

    private static void checkFile(byte[] bytes, UploadLimits limits) {
        if (bytes == null || bytes.length == 0) {
            throw new ValidationException("Tệp tải lên rỗng.");
        }
        if (bytes.length > limits.maxBytes()) {
            throw new ValidationException("Tệp quá lớn (" + megabytes(bytes.length) + " MB); chỉ nhận tệp tối đa "
                    + megabytes(limits.maxBytes()) + " MB.");
        }
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            magic = FileMagic.UNKNOWN;
        }
        if (magic == FileMagic.OLE2) {
            throw new ValidationException("Tệp là định dạng Excel 97–2003 (.xls), không được hỗ trợ. "
                    + "Hãy lưu lại dưới dạng Excel Workbook (.xlsx).");
        }
        if (magic != FileMagic.OOXML) {
            throw new ValidationException("Tệp không phải là bảng tính Excel .xlsx (tên tệp không quyết định định dạng; "
                    + "nội dung tệp không phải Office Open XML).");
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.1f", bytes / (double) MEGABYTE)
                .replace(",0", "");
    }

    public Optional<SheetTable> sheet(String name) {
        return Optional.ofNullable(sheets.get(name));
    }

    /** The sheet, or a Vietnamese refusal naming it. */
    public SheetTable require(String name) {
        return sheet(name).orElseThrow(() -> new ValidationException(
                "Tệp không có sheet '" + name + "'. Hãy dùng đúng mẫu tải về từ hệ thống."));
    }
}
