package kr.innocluster.portal.diagnosis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.company.CompanyDirectoryService;
import kr.innocluster.portal.company.CompanyFilter;
import kr.innocluster.portal.company.CompanyListItem;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.diagnosis.DiagnosisService;
import kr.innocluster.portal.diagnosis.DiagnosisSummary;
import kr.innocluster.portal.diagnosis.MentorAssignment;
import kr.innocluster.portal.diagnosis.MentorInfo;
import kr.innocluster.portal.diagnosis.MentorService;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.PageRequest;

/** Officials assign mentors to companies and see every current assignment and the self-assessments to confirm. */
@Route("mentoring-admin")
@RolesAllowed(Roles.OFFICIAL)
@Menu(order = 51, title = "menu.mentoringAdmin", icon = "vaadin:academy-cap")
class MentorAssignView extends VerticalLayout implements HasDynamicTitle {

    private final MentorService mentors;
    private final Grid<MentorAssignment> grid = new Grid<>();

    MentorAssignView(MentorService mentors, CompanyDirectoryService directory, DiagnosisService diagnoses,
                     DisplayZone zone) {
        this.mentors = mentors;
        Paragraph hint = new Paragraph(getTranslation("diagnosis.assign.hint"));
        hint.addClassName("field-hint");
        ComboBox<CompanyListItem> company = new ComboBox<>(getTranslation("diagnosis.assign.company"));
        company.setId("assign-company");
        company.setItemLabelGenerator(CompanyListItem::name);
        company.setItems(query -> directory.search(new CompanyFilter(query.getFilter().orElse(null), null, null, null,
                CompanyStatus.VERIFIED, null, null), PageRequest.of(query.getPage(), query.getPageSize())).stream());
        ComboBox<MentorInfo> mentor = new ComboBox<>(getTranslation("diagnosis.assign.mentor"));
        mentor.setId("assign-mentor");
        mentor.setItems(mentors.mentors());
        mentor.setItemLabelGenerator(MentorInfo::displayName);
        TextField reason = new TextField(getTranslation("diagnosis.assign.reason"));
        reason.setMaxLength(1000);
        FormErrors errors = new FormErrors().bind("mentor", mentor);
        Button assign = new Button(getTranslation("diagnosis.assign.submit"), click -> Notices.attempt(() -> {
            if (company.getValue() == null) {
                company.setInvalid(true);
                return;
            }
            MentorAssignment a = mentors.assign(company.getValue().id(),
                    mentor.getValue() == null ? "" : mentor.getValue().subject(), reason.getValue());
            Notices.success("diagnosis.assign.done", a.companyName(), a.mentorName());
            grid.setItems(mentors.allCurrent());
        }, errors));
        assign.setId("assign-mentor-button");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(company, mentor, reason, assign);
        grid.addColumn(MentorAssignment::companyName).setHeader(getTranslation("diagnosis.col.company"))
                .setFlexGrow(1);
        grid.addColumn(MentorAssignment::mentorName).setHeader(getTranslation("diagnosis.assign.col.mentor"))
                .setAutoWidth(true);
        grid.addColumn(a -> zone.formatDate(a.assignedAt())).setHeader(getTranslation("diagnosis.assign.col.since"))
                .setAutoWidth(true);
        grid.addColumn(MentorAssignment::assignedBy).setHeader(getTranslation("diagnosis.assign.col.by"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> new Anchor("mentoring/" + a.companyId(), getTranslation("diagnosis.mentor.open")))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(mentors.allCurrent());
        grid.setEmptyStateText(getTranslation("diagnosis.assign.empty"));
        grid.setAllRowsVisible(true);
        Grid<DiagnosisSummary> pending = new Grid<>();
        pending.addColumn(DiagnosisSummary::companyName).setHeader(getTranslation("diagnosis.col.company"));
        pending.addColumn(d -> getTranslation("diagnosis.level.short", d.overallLevel()))
                .setHeader(getTranslation("diagnosis.col.level")).setAutoWidth(true);
        pending.addColumn(d -> zone.formatDate(d.submittedAt()))
                .setHeader(getTranslation("diagnosis.col.submittedAt")).setAutoWidth(true);
        pending.addComponentColumn(d -> new Anchor("diagnosis/review/" + d.id(), getTranslation("diagnosis.open")))
                .setAutoWidth(true).setFlexGrow(0);
        pending.setItems(diagnoses.awaitingConfirmation());
        pending.setAllRowsVisible(true);
        add(new H2(getTranslation("diagnosis.assign.title")), hint, form,
                new H3(getTranslation("diagnosis.assign.current")), grid,
                new H3(getTranslation("diagnosis.assign.pending")), pending);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("diagnosis.assign.title");
    }
}
