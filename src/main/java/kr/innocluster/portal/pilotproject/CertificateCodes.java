package kr.innocluster.portal.pilotproject;

import java.security.SecureRandom;
import java.util.Locale;

/** 실증확인서 codes: 12 characters without 0/O, 1/I/L, shown as ABCD-EFGH-JKMN; typed with or without dashes. */
final class CertificateCodes {

    private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    static String next() {
        char[] code = new char[12];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    static String normalise(String input) {
        return input == null ? "" : input.replaceAll("[\\s\\-]", "").toUpperCase(Locale.ROOT);
    }

    static String display(String code) {
        if (code == null) {
            return "";
        }
        return code.length() == 12 ? code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8)
                : code;
    }
}
