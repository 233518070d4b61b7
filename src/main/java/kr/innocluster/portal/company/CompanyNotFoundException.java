package kr.innocluster.portal.company;

/** No such company, or one the caller may not see: both look the same so ids reveal nothing. */
public class CompanyNotFoundException extends RuntimeException {

    public CompanyNotFoundException(long id) {
        super("No company " + id);
    }

    public String messageKey() {
        return "company.error.notFound";
    }
}
