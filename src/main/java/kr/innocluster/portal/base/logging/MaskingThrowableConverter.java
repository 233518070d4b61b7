package kr.innocluster.portal.base.logging;

import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * Stack traces ({@code %maskedEx}) with personal data masked: exception messages often quote the value that failed
 * (an address refused by the mail server, a duplicate key). Like Spring Boot's {@code %wEx}, preceded by a line break.
 */
public class MaskingThrowableConverter extends ExtendedThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return CoreConstants.LINE_SEPARATOR + PersonalDataMask.mask(super.throwableProxyToString(proxy));
    }
}
