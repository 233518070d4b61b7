package kr.innocluster.portal.pilotproject.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.concurrent.atomic.AtomicLong;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.pilotproject.PilotIndustry;
import kr.innocluster.portal.pilotproject.PilotProjectService;
import kr.innocluster.portal.pilotproject.ProjectForm;
import kr.innocluster.portal.pilotproject.TechnologyTag;
import kr.innocluster.portal.security.Roles;

/** A company opens a pilot project: what it tests, the KPIs and targets, planned runs and the data terms. */
@Route("pilot-projects/new")
@RolesAllowed(Roles.COMPANY)
class ProjectFormView extends VerticalLayout implements HasDynamicTitle {

    ProjectFormView(PilotProjectService projects) {
        setId("pp-form");
        addClassName("pp-form");
        TextField title = new TextField(getTranslation("pp.field.title"));
        title.setId("pp-title");
        title.setMaxLength(200);
        title.setHelperText(getTranslation("pp.field.title.hint"));
        TextField solution = new TextField(getTranslation("pp.field.solution"));
        solution.setId("pp-solution");
        solution.setMaxLength(300);
        solution.setHelperText(getTranslation("pp.field.solution.hint"));
        TextArea objective = new TextArea(getTranslation("pp.field.objective"));
        objective.setId("pp-objective");
        objective.setMaxLength(4000);
        Select<PilotIndustry> industry = new Select<>();
        industry.setId("pp-industry");
        industry.setLabel(getTranslation("pp.field.industry"));
        industry.setItems(PilotIndustry.values());
        industry.setItemLabelGenerator(i -> getTranslation("pp.industry." + i.name()));
        MultiSelectComboBox<TechnologyTag> tags = new MultiSelectComboBox<>(getTranslation("pp.field.tags"));
        tags.setId("pp-tags");
        tags.setItems(TechnologyTag.values());
        tags.setItemLabelGenerator(t -> getTranslation("pp.tag." + t.name()));
        IntegerField plannedRuns = new IntegerField(getTranslation("pp.field.plannedRuns"));
        plannedRuns.setId("pp-planned-runs");
        plannedRuns.setMin(1);
        plannedRuns.setMax(100);
        plannedRuns.setStepButtonsVisible(true);
        plannedRuns.setValue(1);
        FormLayout plan = new FormLayout(title, solution, industry, tags, plannedRuns);
        plan.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        plan.add(objective, 2);
        KpiEditor kpis = new KpiEditor();
        TermsChoice terms = new TermsChoice();
        FormErrors errors = new FormErrors().bind("title", title).bind("solution", solution)
                .bind("objective", objective).bind("industry", industry).bind("plannedRuns", plannedRuns)
                .bind("kpis", kpis.error()).bind("scope", terms.scope).bind("termsAgreed", terms.agreeError);
        Button submit = new Button(getTranslation("pp.form.submit"));
        submit.setId("pp-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            ProjectForm form = new ProjectForm();
            form.setTitle(title.getValue());
            form.setSolution(solution.getValue());
            form.setObjective(objective.getValue());
            form.setIndustry(industry.getValue());
            form.setTags(tags.getValue());
            form.setPlannedRuns(plannedRuns.getValue());
            form.setKpis(kpis.value());
            form.setScope(terms.scope.getValue());
            form.setPublishVerification(terms.publish.getValue());
            form.setTermsAgreed(terms.agree.getValue());
            AtomicLong id = new AtomicLong();
            if (Notices.attempt(() -> id.set(projects.open(form)), errors)) {
                Notices.success("pp.form.opened");
                submit.getUI().ifPresent(ui -> ui.navigate(ProjectView.class,
                        new RouteParameters("projectId", Long.toString(id.get()))));
            }
        });
        add(new Paragraph(getTranslation("pp.form.intro")), plan, new H3(getTranslation("pp.kpi.title")),
                new Paragraph(getTranslation("pp.kpi.intro")), kpis, terms, submit);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("pp.form.title") + " | " + getTranslation("app.name");
    }
}
