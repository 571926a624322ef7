package vn.parindex.calendar;

import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.common.TransactionMemo;
import org.springframework.stereotype.Service;

/** The yearly calendar of the PAR cycle, as loaded from {@code data/years}. */
@Service
@RequiredArgsConstructor
public class CalendarService {

    private final JdbcClient jdbc;

    /** What {@link TransactionMemo} calls a year's data; writers of {@code assessment_year} forget it. */
    public static final String MEMO = "assessmentYear";

    public Optional<AssessmentYear> year(int year) {
        return TransactionMemo.get(MEMO, year, () -> jdbc.sql("""
                select year, province, criteria_set_code, plan_participant_types, plan_due, self_assessment_opens,
                       unit_score_due, report_to_chairman_due, chairman_approval_due, ministry_deadline
                from assessment_year where year = ?""").param(year).query(AssessmentYear.class).optional());
    }

    public List<Integer> years() {
        return jdbc.sql("select year from assessment_year order by year").query(Integer.class).list();
    }
}
