package kr.innocluster.portal.program;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many supported projects (grants with a signed agreement, later completed) a company holds: evidence for a
 * supplier's track record in the solution catalogue. A count only, never the projects themselves.
 */
@Service
public class ApplicantCompanyGrants {

    private final JdbcClient jdbc;

    ApplicantCompanyGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Agreed or completed grant applications of the company. Any signed-in user may ask: the catalogue shows this number
     * to every company that browses suppliers, as public track record.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public int completedProjects(long companyId) {
        return jdbc.sql("select count(*) from grant_application where company_id = ? "
                        + "and status in ('AGREED', 'COMPLETED')")
                .param(companyId).query(Integer.class).single();
    }
}
