package vn.parindex.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(ParProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
