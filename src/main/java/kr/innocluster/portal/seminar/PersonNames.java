package kr.innocluster.portal.seminar;

/** Partly masked names for public pages: 윤지우 -> 윤*우, 남궁민 -> 남*민, 김민 -> 김*, Jane Doe -> J*** D**. */
public final class PersonNames {

    private PersonNames() {
    }

    public static String mask(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        if (trimmed.contains(" ")) {
            StringBuilder masked = new StringBuilder();
            for (String part : trimmed.split("\\s+")) {
                if (!masked.isEmpty()) {
                    masked.append(' ');
                }
                masked.append(part.charAt(0)).append("*".repeat(part.length() - 1));
            }
            return masked.toString();
        }
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length <= 1) {
            return trimmed;
        }
        int[] points = trimmed.codePoints().toArray();
        if (length == 2) {
            return new String(points, 0, 1) + "*";
        }
        return new String(points, 0, 1) + "*".repeat(length - 2) + new String(points, length - 1, 1);
    }
}
