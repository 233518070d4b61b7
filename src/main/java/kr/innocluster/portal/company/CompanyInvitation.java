package kr.innocluster.portal.company;

import java.time.Instant;

/** An open invitation: whoever signs in with this email and the company role joins the company. */
public record CompanyInvitation(long id, String email, String invitedBy, Instant invitedAt) {
}
