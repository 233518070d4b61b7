package kr.innocluster.portal.securitylog;

/** How personal data was used, as other features report it to {@link SecurityLog#personalDataViewed}. */
public enum PersonalDataUse {
    SEARCH(SecurityEventKind.PERSONAL_DATA_SEARCH),
    DETAIL(SecurityEventKind.PERSONAL_DATA_DETAIL),
    EXPORT(SecurityEventKind.PERSONAL_DATA_EXPORT);

    private final SecurityEventKind kind;

    PersonalDataUse(SecurityEventKind kind) {
        this.kind = kind;
    }

    SecurityEventKind kind() {
        return kind;
    }
}
