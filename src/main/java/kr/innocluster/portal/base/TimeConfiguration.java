package kr.innocluster.portal.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for every rule that depends on time (deadlines, windows, retention), so tests can move it. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    DisplayZone displayZone(@Value("${portal.display-zone:Asia/Seoul}") String zone) {
        return new DisplayZone(ZoneId.of(zone));
    }

    @Bean
    Clock clock(DisplayZone displayZone) {
        return Clock.system(displayZone.zoneId());
    }
}
