package kr.innocluster.portal.seminar;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Korean phone numbers: normalised to 010-1234-5678 on input, masked (010-****-5678) for everyone but officials. */
public final class PhoneNumbers {

    private static final Pattern KOREAN = Pattern.compile("^(0\\d{1,2})(\\d{3,4})(\\d{4})$");

    private PhoneNumbers() {
    }

    /** The number with dashes, or empty when it is not a Korean phone number. */
    public static Optional<String> normalise(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String digits = input.replaceAll("[\\s\\-.()]", "");
        Matcher matcher = KOREAN.matcher(digits);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3));
    }

    public static String mask(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String[] parts = phone.split("-");
        if (parts.length == 3) {
            return parts[0] + "-" + "*".repeat(parts[1].length()) + "-" + parts[2];
        }
        String digits = phone.replaceAll("\\D", "");
        return digits.length() <= 4 ? "****" : "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
    }
}
