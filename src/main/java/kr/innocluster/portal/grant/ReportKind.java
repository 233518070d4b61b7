package kr.innocluster.portal.grant;

/** 중간보고 and 최종보고. */
public enum ReportKind {
    INTERIM, FINAL
}
