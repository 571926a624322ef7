package vn.parindex.focalofficials.process;

import java.util.Date;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.parindex.focalofficials.FocalOfficialService;

/** The focal officials' due date, from the year's data: {@code ${focalOfficialDeadlines.due(cycleId)}}. */
@Component("focalOfficialDeadlines")
@RequiredArgsConstructor
public class FocalOfficialDeadlines {

    private final FocalOfficialService service;

    public Date due(Long cycleId) {
        return Date.from(service.due(cycleId).toInstant());
    }
}
