package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import kr.innocluster.portal.base.ui.HomeSection;
import kr.innocluster.portal.base.ui.LoadFailureState;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.IntakeService;
import kr.innocluster.portal.program.ReviewService;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Home-page blocks: officials' waiting applications, reviewers' open assignments, companies' applications. */
@Configuration(proxyBeanMethods = false)
class ProgramHomeSections {

    private static final int LINES = 5;

    @Bean
    HomeSection officialProgramWork(IntakeService intake) {
        return section(10, Roles.OFFICIAL, user -> {
            HomeList list = new HomeList("home-program-intake", "program.home.official", "program.home.officialEmpty");
            intake.awaitingOfficials(PageRequest.of(0, LINES, Sort.by("submittedAt"))).forEach(a -> list.line(
                    ProgramManageView.class, "programId", String.valueOf(a.programId()),
                    new Span(a.programTitle() + " · " + a.companyName() + " · " + a.projectTitle() + "  "),
                    ProgramBadges.status(list, a.status())));
            return list.done();
        });
    }

    @Bean
    HomeSection reviewerAssignments(ReviewService reviews) {
        return section(10, Roles.REVIEWER, user -> {
            reviews.registerMe();
            HomeList list = new HomeList("home-reviews", "program.home.reviewer", "program.home.reviewerEmpty");
            reviews.myAssignments(PageRequest.of(0, LINES, Sort.by(Sort.Direction.DESC, "id"))).stream()
                    .filter(a -> !a.submitted()).forEach(a -> list.line(ReviewSheetView.class, "assignmentId",
                            String.valueOf(a.assignmentId()), new Span(a.programTitle() + " · " + a.projectTitle())));
            return list.done();
        });
    }

    @Bean
    HomeSection companyApplications(ApplicationService applications) {
        return section(10, Roles.COMPANY, user -> {
            HomeList list = new HomeList("home-applications", "program.home.company", "program.home.companyEmpty");
            applications.myApplications(PageRequest.of(0, LINES, Sort.by(Sort.Direction.DESC, "id"))).forEach(a ->
                    list.line(ApplicationEditorView.class, "applicationId", String.valueOf(a.id()),
                            new Span(a.programTitle() + " · " + a.projectTitle() + "  "),
                            ProgramBadges.status(list, a.status())));
            return list.done();
        });
    }

    private static HomeSection section(int order, String role, java.util.function.Function<PortalUser, Component> create) {
        return new HomeSection() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public boolean appliesTo(PortalUser user) {
                return user.hasRole(role);
            }

            @Override
            public Component create(PortalUser user) {
                // a section that cannot load says so instead of "nothing here"
                return LoadFailureState.orFailure(() -> create.apply(user), null);
            }
        };
    }
}
