package vn.parindex.office;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.parindex.office.workbook.UploadLimits;

/**
 * Limits of uploaded workbooks.
 *
 * @param maxUploadSize largest .xlsx accepted
 * @param maxRows       most rows a sheet may have; a larger one is refused before it is read further
 */
@ConfigurationProperties("par.reports")
public record ReportsProperties(@DefaultValue("5MB") DataSize maxUploadSize, @DefaultValue("5000") int maxRows) {

    public UploadLimits limits() {
        return new UploadLimits(maxUploadSize.toBytes(), maxRows);
    }
}
