package kr.innocluster.portal.company;

import java.time.Instant;

/** A person who belongs to a company; the manager may invite and remove colleagues. */
public record CompanyMember(String subject, String displayName, String email, boolean manager, Instant joinedAt) {
}
