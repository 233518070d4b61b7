package kr.innocluster.portal.company;

import kr.innocluster.portal.base.NotFoundException;

/** No such company, or one the caller may not see: both look the same so ids reveal nothing. */
public class CompanyNotFoundException extends NotFoundException {

    public CompanyNotFoundException(long id) {
        super("company.error.notFound");
    }
}
