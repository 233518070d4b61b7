package kr.innocluster.portal.grant;

/** What must have happened before an instalment may be paid. */
public enum InstalmentCondition {
    CONTRACT_SIGNED, INTERIM_ACCEPTED
}
