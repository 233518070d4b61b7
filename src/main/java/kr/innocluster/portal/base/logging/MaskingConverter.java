package kr.innocluster.portal.base.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %maskedMsg} in logback-spring.xml) with e-mail addresses and phone numbers masked, so the
 * portal's logs keep no personal data that the retention rules would have to find later.
 */
public class MaskingConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalDataMask.mask(super.convert(event));
    }
}
