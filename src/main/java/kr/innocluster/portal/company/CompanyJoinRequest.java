package kr.innocluster.portal.company;

import java.time.Instant;

/** A request to join a company: the requester sees the company's name, its manager sees who asks. */
public record CompanyJoinRequest(long id, long companyId, String companyName, String requesterName,
                                 String requesterEmail, JoinRequestStatus status, Instant requestedAt) {
}
