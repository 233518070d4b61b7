package kr.innocluster.portal.identity;

import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import kr.innocluster.portal.company.CompanyDirectoryService;
import kr.innocluster.portal.company.CompanySummary;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Component;

/** The users-and-roles screen learns a person's company from the company registry's public API. */
@Component
class RegistryCompanyAffiliation implements CompanyAffiliation {

    private final CompanyDirectoryService directory;

    RegistryCompanyAffiliation(CompanyDirectoryService directory) {
        this.directory = directory;
    }

    @Override
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    public Optional<String> companyOf(String userId) {
        return directory.companyOfPerson(userId).map(CompanySummary::name);
    }
}
