package vn.parindex.office.workbook;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import vn.parindex.common.ValidationException;

/**
 * Streams one worksheet part (StAX, secure factory: no DTDs, no external entities) into rows of raw cells. Keeps
 * what POI's event handler would hide: whether a cell is a number, text or formula, and the merged ranges.
 */
final class SheetXmlReader {

    private SheetXmlReader() {
    }

    static SheetTable read(String sheetName, InputStream xml, ReadOnlySharedStringsTable strings, int maxRows)
            throws XMLStreamException {
        XMLStreamReader reader = XMLHelper.newXMLInputFactory().createXMLStreamReader(xml);
        List<SheetRow> rows = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        Map<Integer, CellValue> cells = null;
        int rowNumber = 0;
        int rowsSeen = 0;
        int column = -1;
        String type = null;
        String value = null;
        String formula = null;
        StringBuilder inline = null;
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "row" -> {
                            if (++rowsSeen > maxRows) {
                                throw new ValidationException("Sheet '" + sheetName + "' có quá " + maxRows
                                        + " dòng; hệ thống không đọc tiếp. Hãy xoá các dòng thừa hoặc tách tệp.");
                            }
                            String r = reader.getAttributeValue(null, "r");
                            rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                            cells = new LinkedHashMap<>();
                            column = -1;
                        }
                        case "c" -> {
                            String ref = reader.getAttributeValue(null, "r");
                            column = ref == null ? column + 1 : new CellReference(ref).getCol();
                            type = reader.getAttributeValue(null, "t");
                            value = null;
                            formula = null;
                            inline = null;
                        }
                        case "f" -> formula = reader.getElementText();
                        case "v" -> value = reader.getElementText();
                        case "is" -> inline = new StringBuilder();
                        case "t" -> {
                            if (inline != null) {
                                inline.append(reader.getElementText());
                            }
                        }
                        case "mergeCell" -> merged.add(reader.getAttributeValue(null, "ref"));
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (reader.getLocalName()) {
                        case "c" -> {
                            CellValue cell = cell(type, value, formula, inline, strings);
                            if (cell != null && cells != null) {
                                cells.put(column, cell);
                            }
                        }
                        case "row" -> {
                            if (cells != null && cells.values().stream().anyMatch(cell -> !cell.isBlank())) {
                                rows.add(new SheetRow(rowNumber, cells));
                            }
                            cells = null;
                        }
                        default -> {
                        }
                    }
                }
            }
        } finally {
            reader.close();
        }
        return new SheetTable(sheetName, rows, merged);
    }

    private static CellValue cell(String type, String value, String formula, StringBuilder inline,
                                  ReadOnlySharedStringsTable strings) {
        if (formula != null && !formula.isEmpty()) {
            return CellValue.formula(formula);
        }
        if ("inlineStr".equals(type)) {
            return inline == null ? null : CellValue.text(inline.toString().trim());
        }
        if (value == null) {
            return null;
        }
        return switch (type == null ? "n" : type) {
            case "s" -> CellValue.text(strings.getItemAt(Integer.parseInt(value.trim())).getString().trim());
            case "str" -> CellValue.text(value.trim());
            case "b" -> CellValue.bool("1".equals(value.trim()));
            case "e" -> CellValue.error(value.trim());
            default -> CellValue.number(new BigDecimal(value.trim()));
        };
    }
}
