package vn.parindex.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.support.PostgresSpringTest;

/**
 * The job acquisition's exclusivity check ("no exclusive job of this process instance is running", Camunda's
 * {@code Job.xml}, {@code AtomicExclusiveJobs}) is served by the partial index of the locked exclusive jobs, which the
 * application creates on PostgreSQL (bench/RESULTS.md, P2: 6.6 ms a call without it, 0.6 ms with it).
 */
class LockedJobIndexIT extends PostgresSpringTest {

    /** The acquisition's candidate rows and its exclusivity check, as the engine writes them on PostgreSQL. */
    private static final String EXCLUSIVITY_CHECK = """
            select RES.ID_ from ACT_RU_JOB RES
            where RES.EXCLUSIVE_ = true
              and not exists(
                select J2.ID_ from ACT_RU_JOB J2
                where J2.PROCESS_INSTANCE_ID_ = RES.PROCESS_INSTANCE_ID_
                  and (J2.EXCLUSIVE_ = true)
                  and (J2.LOCK_OWNER_ is not null and J2.LOCK_EXP_TIME_ >= current_timestamp))""";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theEngineCreatedThePartialIndexOfLockedExclusiveJobs() {
        String definition = jdbc.queryForObject(
                "select indexdef from pg_indexes where lower(indexname) = 'act_idx_job_locked_exclusive'", String.class);

        assertThat(definition).containsIgnoringCase("(process_instance_id_)")
                .containsIgnoringCase("where ((exclusive_ = true) and (lock_owner_ is not null))");
    }

    @Test
    void theExclusivityCheckOfTheAcquisitionReadsThePartialIndex() {
        List<String> plan = transactions.execute(status -> {
            // the test database holds a handful of jobs, where a sequential scan wins; a year holds hundreds
            jdbc.execute("set local enable_seqscan = off");
            return jdbc.queryForList("explain " + EXCLUSIVITY_CHECK, String.class);
        });

        assertThat(String.join("\n", plan)).containsIgnoringCase("act_idx_job_locked_exclusive");
    }
}
