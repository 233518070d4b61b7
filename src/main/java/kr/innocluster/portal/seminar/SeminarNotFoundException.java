package kr.innocluster.portal.seminar;

/** A seminar or registration that does not exist, or that the caller may not see (the two look the same). */
public class SeminarNotFoundException extends SeminarRuleException {

    public SeminarNotFoundException() {
        super("seminar.error.notFound");
    }
}
