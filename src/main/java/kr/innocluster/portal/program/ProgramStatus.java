package kr.innocluster.portal.program;

/** DRAFT is edited freely, PUBLISHED is visible and takes applications in its window, COMPLETED is closed out. */
public enum ProgramStatus {
    DRAFT, PUBLISHED, COMPLETED
}
