package kr.innocluster.portal.program;

import java.time.Instant;

/** A program in a list. {@code open} tells whether it takes applications right now. */
public record ProgramSummary(long id, String title, String hostOrganisation, ProgramCategory category,
                             ProgramStatus status, Instant opensAt, Instant closesAt, long totalBudget,
                             long maxGrant, long approvedTotal, boolean blindReview, boolean open) {
}
