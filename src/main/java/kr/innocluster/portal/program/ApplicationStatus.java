package kr.innocluster.portal.program;

import java.util.Set;

/** The timeline of an application: submitted → intake → under review → selected / rejected → agreement. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, INCOMPLETE, ACCEPTED, UNDER_REVIEW, SELECTED, REJECTED, AGREED, WITHDRAWN;

    /** A company may still withdraw: nobody has started reviewing. */
    public boolean withdrawable() {
        return Set.of(DRAFT, SUBMITTED, INCOMPLETE, ACCEPTED).contains(this);
    }

    /** The company may change the text and the documents. */
    public boolean editableByCompany() {
        return this == DRAFT || this == INCOMPLETE;
    }
}
