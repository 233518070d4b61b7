package kr.innocluster.portal.program.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import java.util.Map;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.program.ProgramService;
import kr.innocluster.portal.security.WithPortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** The program views open for their roles with the demo programs, in Korean, without errors. */
@IntegrationTest
@ViewPackages(packages = "kr.innocluster.portal")
class ProgramViewsBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    ProgramService programs;

    @Test
    @WithPortalUser(username = "attendee", roles = "attendee")
    void everyoneSeesTheOpenDemoPrograms() {
        navigate(ProgramsView.class);

        assertThat($(H3.class).all()).extracting(H3::getText)
                .contains("2026 제조 AX 실증 지원사업", "첨단바이오 AI 활용 지원사업")
                .doesNotContain("2026 스마트공장 고도화 지원사업 (1차)");
    }

    @Test
    @WithPortalUser(username = "official", roles = "official")
    void anOfficialManagesAProgramWithItsTabs() {
        navigate(ProgramAdminView.class);
        assertThat($(Grid.class).first().getGenericDataView().getItems().count()).isGreaterThanOrEqualTo(4);

        long closed = idOf("2026 스마트공장 고도화 지원사업 (1차)");
        navigate("program-admin/" + closed, ProgramManageView.class);
        assertThat($(H2.class).first().getText()).isEqualTo("2026 스마트공장 고도화 지원사업 (1차)");

        navigate("program-admin/" + closed + "/edit", ProgramEditorView.class);
        navigate("programs/" + closed, ProgramDetailView.class);
    }

    @Test
    @WithPortalUser(username = "reviewer", roles = "reviewer")
    void aReviewerOpensTheirAssignments() {
        navigate(ReviewsView.class);
    }

    @Test
    @WithPortalUser(username = "company", roles = "company")
    void aCompanyUserOpensTheirApplications() {
        navigate(MyApplicationsView.class);
        navigate("programs/" + idOf("2026 제조 AX 실증 지원사업"), ProgramDetailView.class);
    }

    private long idOf(String title) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        Map<String, Long> ids = new java.util.HashMap<>();
        kr.innocluster.portal.security.TestUsers.signIn("official", "official");
        programs.allPrograms(PageRequest.of(0, 500)).forEach(p -> ids.put(p.title(), p.id()));
        org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        return ids.get(title);
    }
}
