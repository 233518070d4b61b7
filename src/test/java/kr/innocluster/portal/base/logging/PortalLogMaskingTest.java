package kr.innocluster.portal.base.logging;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The running portal logs through logback-spring.xml: its console pattern masks messages and stack traces. */
@IntegrationTest
class PortalLogMaskingTest {

    @Test
    void theConsoleLogOfTheRunningPortalMasksPersonalData() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        List<String> patterns = new ArrayList<>();
        for (Iterator<Appender<ILoggingEvent>> it = context.getLogger(Logger.ROOT_LOGGER_NAME).iteratorForAppenders();
             it.hasNext(); ) {
            if (it.next() instanceof OutputStreamAppender<ILoggingEvent> out
                    && out.getEncoder() instanceof LayoutWrappingEncoder<ILoggingEvent> encoder
                    && encoder.getLayout() instanceof PatternLayout layout) {
                patterns.add(layout.getPattern());
            }
        }
        assertThat(patterns).isNotEmpty()
                .allSatisfy(pattern -> assertThat(pattern).contains("%maskedMsg").contains("%maskedEx")
                        .doesNotContain("%m%n"));
    }
}
