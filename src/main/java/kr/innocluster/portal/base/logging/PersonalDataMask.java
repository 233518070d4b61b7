package kr.innocluster.portal.base.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks e-mail addresses and phone numbers in free text (log lines, the mail log): enough stays to tell records
 * apart ({@code h***@example.com}, {@code 010-****-5678}), not enough to contact or identify the person.
 */
public final class PersonalDataMask {

    private static final Pattern EMAIL = Pattern.compile(
            "([A-Za-z0-9._%+\\-])[A-Za-z0-9._%+\\-]*@([A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+)");
    /** Korean phone numbers, with or without separators: 010-1234-5678, 02 123 4567, 01012345678, +82-10-... */
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d.])((?:\\+82[- .]?|0)\\d{1,2})([- .]?)(\\d{3,4})([- .]?)(\\d{4})(?![\\d.])");

    private PersonalDataMask() {
    }

    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        if (result.indexOf('@') >= 0) {
            result = EMAIL.matcher(result).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "***@" + m.group(2)));
        }
        return PHONE.matcher(result).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + m.group(2) + "*".repeat(m.group(3).length()) + m.group(4) + m.group(5)));
    }
}
