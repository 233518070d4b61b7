package kr.innocluster.portal.grant;

/**
 * A program's (or, with no program id, the whole cluster's) post-award figures in KRW, and its reports still with
 * the companies: due (not yet late) and overdue.
 */
public record ProgramFigures(Long programId, String programTitle, long projects, long agreed, long paid, long spent,
                             long allowed, long recovered, long reportsDue, long reportsOverdue) {
}
