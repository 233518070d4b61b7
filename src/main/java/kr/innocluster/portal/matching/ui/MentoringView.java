package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.ui.FormErrors;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.diagnosis.MentorAssignment;
import kr.innocluster.portal.diagnosis.MentorService;
import kr.innocluster.portal.matching.CatalogueService;
import kr.innocluster.portal.matching.MentoringService;
import kr.innocluster.portal.matching.Roadmap;
import kr.innocluster.portal.matching.SolutionSummary;
import kr.innocluster.portal.security.Roles;

/**
 * One company's mentoring: mentor and mentor history, roadmap with milestones (linked solutions), visits and change
 * requests. The mentor and officials edit; the company reads and may ask for another mentor or solution.
 */
@Route("mentoring")
@RolesAllowed({Roles.COMPANY, Roles.MENTOR, Roles.OFFICIAL})
class MentoringView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MentoringService mentoring;
    private final MentorService mentors;
    private final CatalogueService catalogue;
    private final DisplayZone zone;
    private final Clock clock;
    private long companyId;
    private String title = "";

    MentoringView(MentoringService mentoring, MentorService mentors, CatalogueService catalogue, DisplayZone zone,
                  Clock clock) {
        this.mentoring = mentoring;
        this.mentors = mentors;
        this.catalogue = catalogue;
        this.zone = zone;
        this.clock = clock;
        addClassName("matching-page");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        companyId = id;
        try {
            show();
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show() {
        Roadmap roadmap = mentoring.roadmap(companyId);
        List<MentorAssignment> history = mentors.history(companyId);
        boolean mentor = mentors.mayMentor(companyId);
        removeAll();
        String companyName = history.isEmpty() ? String.valueOf(companyId) : history.getFirst().companyName();
        title = getTranslation("matching.mentoring.title", companyName);
        add(new H2(title));
        add(new Paragraph(history.stream().filter(MentorAssignment::current).findFirst()
                .map(a -> getTranslation("matching.mentoring.mentor", a.mentorName()))
                .orElse(getTranslation("matching.mentoring.noMentor"))));
        add(new H3(getTranslation("matching.mentoring.roadmap")));
        Paragraph levels = new Paragraph(roadmap.currentLevel() == null ? getTranslation("matching.mentoring.noRoadmap")
                : getTranslation("matching.mentoring.levels", roadmap.currentLevel(), roadmap.targetLevel()));
        levels.setId("roadmap-levels");
        levels.addClassName("matching-roadmap-levels");
        add(levels);
        if (mentor) {
            add(roadmapForm(roadmap));
        }
        add(milestones(roadmap, mentor));
        if (mentor) {
            add(milestoneForm());
        }
        add(new H3(getTranslation("matching.mentoring.visits")));
        if (roadmap.visits().isEmpty()) {
            add(new Paragraph(getTranslation("matching.mentoring.noVisits")));
        }
        roadmap.visits().forEach(v -> add(new Paragraph(getTranslation("matching.mentoring.visitLine",
                DisplayZone.DATE.format(v.visitedOn()), v.mentorName(), v.notes()))));
        if (mentor) {
            add(visitForm());
        }
        add(new H3(getTranslation("matching.mentoring.changes")));
        roadmap.changes().forEach(c -> add(new Paragraph(getTranslation("matching.change." + c.kind().name()) + " · "
                + getTranslation("matching.change.status." + c.status().name()) + " · " + c.reason()
                + (c.decisionNote() == null ? "" : " → " + c.decisionNote()))));
        if (!mentor) {
            add(changeForm(roadmap));
        }
        add(new H3(getTranslation("matching.mentoring.history")));
        history.forEach(a -> add(new Paragraph(getTranslation("matching.mentoring.historyLine", a.mentorName(),
                zone.formatDate(a.assignedAt()), a.endedAt() == null ? "" : zone.formatDate(a.endedAt())))));
    }

    private Grid<Roadmap.Milestone> milestones(Roadmap roadmap, boolean mentor) {
        Grid<Roadmap.Milestone> grid = new Grid<>();
        grid.setId("milestones");
        grid.addColumn(Roadmap.Milestone::title).setHeader(getTranslation("matching.mentoring.milestoneTitle"))
                .setFlexGrow(2);
        grid.addColumn(m -> m.dueOn() == null ? "" : DisplayZone.DATE.format(m.dueOn()))
                .setHeader(getTranslation("matching.mentoring.due")).setAutoWidth(true);
        grid.addColumn(m -> m.solutionName() == null ? "" : m.solutionName())
                .setHeader(getTranslation("matching.mentoring.solution")).setFlexGrow(1);
        grid.addComponentColumn(m -> {
            if (m.removed()) {
                Span removed = new Span(getTranslation("matching.mentoring.removed"));
                removed.getElement().getThemeList().add("badge contrast");
                return removed;
            }
            com.vaadin.flow.component.checkbox.Checkbox done = new com.vaadin.flow.component.checkbox.Checkbox(
                    getTranslation("matching.mentoring.done"), m.done());
            done.setReadOnly(!mentor);
            done.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    Notices.attempt(() -> mentoring.setMilestoneDone(m.id(), e.getValue()));
                }
            });
            return done;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(roadmap.milestones());
        grid.setEmptyStateText(getTranslation("matching.mentoring.noMilestones"));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private FormLayout roadmapForm(Roadmap roadmap) {
        Select<Integer> current = levelSelect("matching.mentoring.current", roadmap.currentLevel());
        Select<Integer> target = levelSelect("matching.mentoring.target", roadmap.targetLevel());
        FormErrors errors = new FormErrors().bind("currentLevel", current).bind("targetLevel", target);
        Button save = new Button(getTranslation("matching.mentoring.saveRoadmap"), click -> Notices.attempt(() -> {
            mentoring.saveRoadmap(companyId, current.getValue() == null ? 0 : current.getValue(),
                    target.getValue() == null ? 0 : target.getValue());
            Notices.success("matching.mentoring.saved");
            show();
        }, errors));
        return new FormLayout(current, target, save);
    }

    private Select<Integer> levelSelect(String key, Integer value) {
        Select<Integer> select = new Select<>();
        select.setLabel(getTranslation(key));
        select.setItems(1, 2, 3, 4, 5);
        select.setItemLabelGenerator(l -> getTranslation("company.sf." + l));
        select.setValue(value);
        return select;
    }

    private Div milestoneForm() {
        TextField title = new TextField(getTranslation("matching.mentoring.milestoneTitle"));
        DatePicker due = new DatePicker(getTranslation("matching.mentoring.due"));
        ComboBox<SolutionSummary> solution = new ComboBox<>(getTranslation("matching.mentoring.solution"));
        solution.setItems(query -> catalogue.search(query.getFilter().orElse(null), null, query.getOffset(),
                query.getLimit()).stream());
        solution.setItemLabelGenerator(s -> s.name() + " · " + s.supplierName());
        FormErrors errors = new FormErrors().bind("title", title);
        Button add = new Button(getTranslation("matching.mentoring.addMilestone"), click -> Notices.attempt(() -> {
            mentoring.addMilestone(companyId, title.getValue(), due.getValue(),
                    solution.getValue() == null ? null : solution.getValue().id(), null);
            show();
        }, errors));
        Div form = new Div(new FormLayout(title, due, solution, add));
        form.addClassName("matching-mentor-form");
        return form;
    }

    private Div visitForm() {
        DatePicker date = new DatePicker(getTranslation("matching.mentoring.visitDate"),
                LocalDate.now(clock.withZone(zone.zoneId())));
        TextArea notes = new TextArea(getTranslation("matching.mentoring.visitNotes"));
        notes.setWidthFull();
        FormErrors errors = new FormErrors().bind("visitedOn", date).bind("notes", notes);
        Button add = new Button(getTranslation("matching.mentoring.addVisit"), click -> Notices.attempt(() -> {
            mentoring.recordVisit(companyId, date.getValue(), notes.getValue());
            show();
        }, errors));
        Div form = new Div(new FormLayout(date, notes, add));
        form.addClassName("matching-mentor-form");
        return form;
    }

    private Div changeForm(Roadmap roadmap) {
        TextField reason = new TextField(getTranslation("matching.mentoring.changeReason"));
        reason.setWidth("28rem");
        FormErrors errors = new FormErrors().bind("reason", reason);
        Button mentor = new Button(getTranslation("matching.mentoring.askMentor"), click -> Notices.attempt(() -> {
            mentoring.requestChange(Roadmap.ChangeKind.MENTOR, null, reason.getValue());
            Notices.success("matching.mentoring.changeSent");
            show();
        }, errors));
        Button solution = new Button(getTranslation("matching.mentoring.askSolution"), click -> Notices.attempt(() -> {
            Long milestone = roadmap.milestones().stream().filter(m -> m.solutionId() != null && !m.removed())
                    .map(Roadmap.Milestone::id).findFirst().orElse(null);
            mentoring.requestChange(Roadmap.ChangeKind.SOLUTION, milestone, reason.getValue());
            Notices.success("matching.mentoring.changeSent");
            show();
        }, errors));
        mentor.addThemeVariants(ButtonVariant.LUMO_SMALL);
        solution.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div form = new Div(reason, mentor, solution);
        form.addClassName("matching-change-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
