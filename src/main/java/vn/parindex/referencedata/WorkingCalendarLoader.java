package vn.parindex.referencedata;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.calendar.WorkingCalendarLoaded;
import vn.parindex.common.StartupLoader;
import vn.parindex.common.ValidationException;
import vn.parindex.referencedata.DataFiles.Loaded;

/**
 * Loads the working-day calendar ({@code data/working-calendar/<year>.yaml}) at start, before the assessment years
 * (their deadlines are checked against it; {@link ReferenceDataLoader} then warns about years it does not cover). Every file is validated before anything is
 * stored; unchanged files are skipped. A changed file replaces its whole year, even when a cycle uses it: a swap the
 * government announces late must apply, and the deadlines a cycle already set are stored with the cycle.
 */
@Component
@Order(0)
@RequiredArgsConstructor
public class WorkingCalendarLoader implements StartupLoader {

    static final String FILES = "data/working-calendar/*.yaml";

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendarLoader.class);

    private final DataFileReader reader;
    private final WorkingCalendarStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Override
    @Transactional
    public void load() {
        loadFiles();
    }

    /** Loads every file; returns the years that were written (empty when nothing changed). */
    @Transactional
    public Set<Integer> loadFiles() {
        List<Loaded<WorkingCalendarFile>> files = reader.readAll(FILES, WorkingCalendarFile.class);
        List<String> problems = new ArrayList<>();
        files.forEach(file -> problems.addAll(WorkingCalendarValidator.validate(file.fileName(), file.content())));
        ValidationException.throwIfAny(problems);

        Set<Integer> changed = new TreeSet<>();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Loaded<WorkingCalendarFile> file : files) {
            int year = file.content().year();
            if (store.storedHash(year).filter(file.hash()::equals).isEmpty()) {
                store.replace(file.content(), file.hash(), now);
                changed.add(year);
            }
        }
        log.info("Working calendar loaded: years {}, written {}",
                files.stream().map(file -> file.content().year()).toList(), changed);
        events.publishEvent(new WorkingCalendarLoaded(changed));
        return changed;
    }
}
