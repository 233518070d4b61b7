package kr.innocluster.portal.program;

import java.util.List;

/**
 * A reviewer officials may assign, with what they know about (KSIC sections A-U and technology keywords) and their
 * affiliation (a reviewer is not assigned to the company they belong to).
 */
public record ReviewerOption(String subject, String displayName, String affiliation, List<String> sections,
                             String keywords, ReviewerStatus status) {
}
