package kr.innocluster.portal.seminar;

import kr.innocluster.portal.base.NotFoundException;

/** Refusals several seminar services share. */
final class SeminarRefusals {

    private SeminarRefusals() {
    }

    /** A seminar or registration that does not exist or that the caller may not see: the two look the same. */
    static NotFoundException notFound() {
        return new NotFoundException("seminar.error.notFound");
    }
}
