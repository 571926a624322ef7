package vn.parindex.cycle;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Where each unit stands in each phase of a cycle, and which submission round it is in. */
@Service
@RequiredArgsConstructor
public class UnitProgressService {

    private final JdbcClient jdbc;
    private final Clock clock;

    /** Registers the unit in the phase; a no-op when it already is (a retried or repeated start). */
    public void begin(long cycleId, String unitCode, CyclePhase phase) {
        int exists = jdbc.sql("select count(*) from cycle_unit where cycle_id = ? and unit_code = ? and phase = ?")
                .params(cycleId, unitCode, phase.name()).query(Integer.class).single();
        if (exists == 0) {
            jdbc.sql("insert into cycle_unit (cycle_id, unit_code, phase, status, round, updated_at) values (?, ?, ?, ?, 0, ?)")
                    .params(cycleId, unitCode, phase.name(), UnitStatus.IN_PROGRESS.name(), OffsetDateTime.now(clock))
                    .update();
        }
    }

    /** A new submission: the round goes up by one and is returned. */
    public int submit(long cycleId, String unitCode, CyclePhase phase) {
        jdbc.sql("update cycle_unit set status = ?, round = round + 1, updated_at = ? where cycle_id = ? and unit_code = ? and phase = ?")
                .params(UnitStatus.SUBMITTED.name(), OffsetDateTime.now(clock), cycleId, unitCode, phase.name())
                .update();
        return get(cycleId, unitCode, phase).round();
    }

    public void setStatus(long cycleId, String unitCode, CyclePhase phase, UnitStatus status) {
        jdbc.sql("update cycle_unit set status = ?, updated_at = ? where cycle_id = ? and unit_code = ? and phase = ?")
                .params(status.name(), OffsetDateTime.now(clock), cycleId, unitCode, phase.name())
                .update();
    }

    public UnitProgress get(long cycleId, String unitCode, CyclePhase phase) {
        return jdbc.sql("select * from cycle_unit where cycle_id = ? and unit_code = ? and phase = ?")
                .params(cycleId, unitCode, phase.name()).query(UnitProgress.class).single();
    }

    public List<UnitProgress> of(long cycleId) {
        return jdbc.sql("select * from cycle_unit where cycle_id = ? order by phase, unit_code").param(cycleId)
                .query(UnitProgress.class).list();
    }
}
