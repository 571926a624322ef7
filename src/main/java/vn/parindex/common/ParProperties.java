package vn.parindex.common;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the PAR cycle.
 *
 * @param timeZone        zone of every deadline (Asia/Ho_Chi_Minh)
 * @param deadlineTime    time of day at which a deadline date falls due
 * @param planReviewPeriod how long Sở Nội vụ has to review a unit's plan after the plan deadline
 * @param tasklistUrl     base URL of Tasklist, for links in messages
 * @param noticePolicy    reminder and escalation policy of new cycles ({@code data/notice-policies/<code>.yaml})
 */
@ConfigurationProperties("par")
public record ParProperties(
        @DefaultValue(ParProperties.DEFAULT_TIME_ZONE) ZoneId timeZone,
        @DefaultValue("17:00") LocalTime deadlineTime,
        @DefaultValue("P10D") Duration planReviewPeriod,
        @DefaultValue("http://localhost:8080/camunda/app/tasklist/default/") String tasklistUrl,
        @DefaultValue("default") String noticePolicy) {

    /** The province's zone unless {@code par.time-zone} says otherwise. */
    public static final String DEFAULT_TIME_ZONE = "Asia/Ho_Chi_Minh";
}
