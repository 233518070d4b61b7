package kr.innocluster.portal.seminar;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Short random codes people can read aloud or type at the door: no 0/O, 1/I/L. Tickets have 8 characters
 * (shown as ABCD-EFGH); certificate codes 12 (ABCD-EFGH-JKMN).
 */
final class TicketCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TicketCodes() {
    }

    static String newTicketCode() {
        return random(8);
    }

    static String newCertificateCode() {
        return random(12);
    }

    /** Accepts what was typed or scanned: any case, with or without dashes and spaces. */
    static String normalise(String input) {
        return input == null ? "" : input.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    static String display(String code) {
        if (code == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                shown.append('-');
            }
            shown.append(code.charAt(i));
        }
        return shown.toString();
    }

    private static String random(int length) {
        char[] code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
