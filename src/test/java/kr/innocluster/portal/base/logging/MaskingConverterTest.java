package kr.innocluster.portal.base.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.PatternLayout;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's log lines mask e-mail addresses and phone numbers, in messages and in stack traces. */
class MaskingConverterTest {

    @Test
    void messagesAndStackTracesAreMasked() {
        LoggerContext context = new LoggerContext();
        PatternLayout layout = new PatternLayout();
        layout.setContext(context);
        layout.getInstanceConverterMap().put("maskedMsg", MaskingConverter::new);
        layout.getInstanceConverterMap().put("maskedEx", MaskingThrowableConverter::new);
        layout.setPattern("%maskedMsg%maskedEx");
        layout.start();
        Logger logger = context.getLogger("test");

        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                "[mail] #{} to {} failed, call {}", new IllegalStateException("550 hong.gildong@daum.net unknown"),
                new Object[] {7, "hong.gildong@daum.net", "010-1234-5678"});
        String line = layout.doLayout(event);

        assertThat(line).doesNotContain("hong.gildong@daum.net").doesNotContain("1234")
                .contains("[mail] #7 to h***@daum.net failed, call 010-****-5678")
                .contains("550 h***@daum.net unknown");
    }

    @Test
    void numbersThatAreNoPhoneNumbersStay() {
        assertThat(PersonalDataMask.mask("seminar #12 took 1234 ms, 2026-12-02T03:04:05Z, ticket AB12-CD34"))
                .isEqualTo("seminar #12 took 1234 ms, 2026-12-02T03:04:05Z, ticket AB12-CD34");
        assertThat(PersonalDataMask.mask("02-123-4567 / 01098765432 / +82-10-1111-2222"))
                .isEqualTo("02-***-4567 / 010****5432 / +82-10-****-2222");
    }
}
