package vn.parindex.referencedata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.calendar.WorkingCalendar;
import vn.parindex.common.StartupLoader;
import vn.parindex.common.ValidationException;
import vn.parindex.referencedata.DataFiles.CriteriaSetFile;
import vn.parindex.referencedata.DataFiles.Loaded;
import vn.parindex.referencedata.DataFiles.OrgUnitsFile;
import vn.parindex.referencedata.DataFiles.UnitEntry;
import vn.parindex.referencedata.DataFiles.YearFile;

/**
 * Loads the versioned reference data (org units, criteria sets, per-year matrix and calendar) from {@code data/}
 * at start, after the working calendar: a year's dates on days off move to the working day before (see
 * {@link YearDeadlineCheck}). Everything is validated first and stored in one transaction; unchanged files are
 * skipped, and data that an existing cycle already uses is never rewritten under it.
 */
@Component
@Order(1)
@RequiredArgsConstructor
public class ReferenceDataLoader implements StartupLoader {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataLoader.class);

    private final DataFileReader reader;
    private final ReferenceDataStore store;
    private final YearDeadlineCheck yearDeadlines;
    private final WorkingCalendar workingCalendar;

    @Override
    @Transactional
    public void load() {
        Loaded<OrgUnitsFile> units = reader.readOne("data/org-units.yaml", OrgUnitsFile.class);
        List<Loaded<CriteriaSetFile>> sets = reader.readAll("data/criteria-sets/*.yaml", CriteriaSetFile.class);
        // the dates used are those on working days (the working calendar is loaded before, @Order(0))
        List<Loaded<YearFile>> years = reader.readAll("data/years/*.yaml", YearFile.class).stream()
                .map(yearDeadlines::onWorkingDays).toList();

        List<String> problems = new ArrayList<>(ReferenceDataValidator.validateUnits(units.fileName(), units.content().units()));
        sets.forEach(set -> problems.addAll(ReferenceDataValidator.validateCriteriaSet(set.fileName(), set.content())));
        ValidationException.throwIfAny(problems);

        Map<String, CriteriaSetFile> setsByCode = sets.stream().map(Loaded::content)
                .collect(Collectors.toMap(CriteriaSetFile::code, Function.identity()));
        Map<String, UnitEntry> unitsByCode = units.content().units().stream()
                .collect(Collectors.toMap(UnitEntry::code, Function.identity()));
        years.forEach(year -> problems.addAll(ReferenceDataValidator.validateYear(year.fileName(), year.content(),
                setsByCode.get(year.content().criteriaSet()), unitsByCode)));
        ValidationException.throwIfAny(problems);

        store.upsertUnits(units.content().units());
        sets.forEach(this::storeCriteriaSet);
        years.forEach(this::storeYear);
        workingCalendar.warnAboutUncoveredYears();
        log.info("Reference data loaded: {} units, criteria sets {}, years {}", unitsByCode.size(), setsByCode.keySet(),
                years.stream().map(year -> year.content().year()).toList());
    }

    private void storeCriteriaSet(Loaded<CriteriaSetFile> set) {
        String code = set.content().code();
        var stored = store.storedHashOfCriteriaSet(code);
        if (stored.filter(set.hash()::equals).isPresent()) {
            return;
        }
        if (stored.isPresent() && store.criteriaSetInUse(code)) {
            log.warn("Bộ tiêu chí {} đã được dùng trong kỳ đánh giá nên không ghi đè; tệp {} đã thay đổi, "
                    + "hãy đặt mã mới cho phiên bản mới.", code, set.fileName());
            return;
        }
        store.replaceCriteriaSet(set.content(), set.hash());
    }

    private void storeYear(Loaded<YearFile> year) {
        int number = year.content().year();
        var stored = store.storedHashOfYear(number);
        if (stored.filter(year.hash()::equals).isPresent()) {
            return;
        }
        if (stored.isPresent() && store.yearInUse(number)) {
            log.warn("Dữ liệu năm {} đã được dùng trong kỳ đánh giá nên không ghi đè; tệp {} đã thay đổi. "
                    + "Thay đổi hạn của kỳ đang mở trên hệ thống.", number, year.fileName());
            return;
        }
        store.replaceYear(year.content(), year.hash());
    }
}
