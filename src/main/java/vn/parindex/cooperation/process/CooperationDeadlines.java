package vn.parindex.cooperation.process;

import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.cooperation.CooperationService;

/** The cooperating units' due date (working days before the self-scores, from the year's data): {@code ${cooperationDeadlines.due(cycleId)}}. */
@Component("cooperationDeadlines")
@RequiredArgsConstructor
public class CooperationDeadlines {

    private final CooperationService service;

    public Date due(Long cycleId) {
        return Date.from(service.due(cycleId).toInstant());
    }
}
