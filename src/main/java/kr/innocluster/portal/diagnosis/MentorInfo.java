package kr.innocluster.portal.diagnosis;

/** A mentor known to the portal (Keycloak subject, name, e-mail). */
public record MentorInfo(String subject, String displayName, String email) {
}
