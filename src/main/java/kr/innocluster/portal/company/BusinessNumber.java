package kr.innocluster.portal.company;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 사업자등록번호: ten digits, shown {@code XXX-XX-XXXXX}, the last one a check digit (weights 1,3,7,1,3,7,1,3,5 plus
 * floor(d9 * 5 / 10)). Accepts exactly the two written forms, surrounding blanks ignored.
 */
public final class BusinessNumber {

    /** Why an input is not a business number; each has its own message key. */
    public enum Problem {
        REQUIRED, FORMAT, CHECK_DIGIT;

        public String messageKey() {
            return switch (this) {
                case REQUIRED -> "company.error.businessNumber.required";
                case FORMAT -> "company.error.businessNumber.format";
                case CHECK_DIGIT -> "company.error.businessNumber.checkDigit";
            };
        }
    }

    private static final Pattern WRITTEN = Pattern.compile("\\d{10}|\\d{3}-\\d{2}-\\d{5}");
    private static final int[] WEIGHTS = {1, 3, 7, 1, 3, 7, 1, 3, 5};

    private BusinessNumber() {
    }

    public static Optional<Problem> problem(String input) {
        if (input == null || input.isBlank()) {
            return Optional.of(Problem.REQUIRED);
        }
        String trimmed = input.strip();
        if (!WRITTEN.matcher(trimmed).matches()) {
            return Optional.of(Problem.FORMAT);
        }
        String digits = trimmed.replace("-", "");
        return checkDigit(digits.substring(0, 9)) == digits.charAt(9) - '0'
                ? Optional.empty() : Optional.of(Problem.CHECK_DIGIT);
    }

    public static boolean isValid(String input) {
        return problem(input).isEmpty();
    }

    /** The ten digits of a valid number, as stored. */
    public static String normalize(String input) {
        Optional<Problem> problem = problem(input);
        if (problem.isPresent()) {
            throw new IllegalArgumentException("Not a business number: " + problem.get());
        }
        return input.strip().replace("-", "");
    }

    /** {@code XXX-XX-XXXXX} for ten digits; anything else unchanged. */
    public static String format(String digits) {
        if (digits == null || !digits.matches("\\d{10}")) {
            return digits;
        }
        return digits.substring(0, 3) + "-" + digits.substring(3, 5) + "-" + digits.substring(5);
    }

    /** The check digit for the first nine digits (for generators and tests). */
    public static int checkDigit(String firstNine) {
        if (firstNine == null || !firstNine.matches("\\d{9}")) {
            throw new IllegalArgumentException("nine digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (firstNine.charAt(i) - '0') * WEIGHTS[i];
        }
        sum += (firstNine.charAt(8) - '0') * 5 / 10;
        return (10 - sum % 10) % 10;
    }

    /** A complete, valid ten-digit number from nine digits. */
    public static String complete(String firstNine) {
        return firstNine + checkDigit(firstNine);
    }
}
