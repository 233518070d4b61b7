package kr.innocluster.portal.program;

import java.util.List;

/** The invitation form of a reviewer: name, e-mail, affiliation (소속), KSIC sections A-U and keywords. */
public record ReviewerInvitation(String name, String email, String affiliation, List<String> sections,
                                 String keywords) {
}
