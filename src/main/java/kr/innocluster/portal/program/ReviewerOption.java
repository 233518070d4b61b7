package kr.innocluster.portal.program;

/** A reviewer officials may assign. */
public record ReviewerOption(String subject, String displayName) {
}
