package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innocluster.portal.base.ui.Notices;
import kr.innocluster.portal.program.ProgramDraft;
import kr.innocluster.portal.program.ProgramService;
import kr.innocluster.portal.program.RubricLine;
import kr.innocluster.portal.security.Roles;

/** Creates a program or edits one; saving returns to its management page. */
@Route("program-admin/new")
@RouteAlias("program-admin/:programId(\\d+)/edit")
@RolesAllowed(Roles.OFFICIAL)
class ProgramEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The usual rubric of a new announcement: item (name key {@code program.rubric.default.<item>}) → weight. */
    private static final Map<String, Integer> USUAL_RUBRIC = usualRubric();
    private static final String INVALID = "program.error.validation";

    private final ProgramService programs;
    private final Clock clock;
    private final ProgramForm form = new ProgramForm();
    private Long programId;
    private long version;

    ProgramEditorView(ProgramService programs, Clock clock) {
        this.programs = programs;
        this.clock = clock;
        addClassName("narrow-page");
        setId("program-editor");
        Button save = new Button(getTranslation("program.editor.save"), VaadinIcon.DISC.create(), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-program");
        Button cancel = new Button(getTranslation("program.action.cancel"), click -> back());
        add(form, new HorizontalLayout(save, cancel));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        programId = event.getRouteParameters().getLong("programId").orElse(null);
        if (programId == null) {
            form.edit(newDraft());
            return;
        }
        try {
            ProgramDraft draft = programs.draftOf(programId);
            version = draft.getVersion();
            form.edit(draft);
        } catch (kr.innocluster.portal.base.NotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /**
     * A new announcement opens now and closes in two weeks at 18:00 (Seoul), asks for a business plan and has the
     * usual rubric, both named in the official's language.
     */
    private ProgramDraft newDraft() {
        ProgramDraft draft = new ProgramDraft();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
        draft.setOpensAt(now);
        draft.setClosesAt(now.toLocalDate().plusDays(14).atTime(18, 0));
        draft.setRequiredDocuments(getTranslation("program.editor.defaultDocument"));
        List<RubricLine> rubric = new ArrayList<>();
        USUAL_RUBRIC.forEach((item, weight) -> rubric.add(new RubricLine(
                getTranslation("program.rubric.default." + item), weight)));
        draft.setRubric(rubric);
        return draft;
    }

    private static Map<String, Integer> usualRubric() {
        Map<String, Integer> rubric = new LinkedHashMap<>();
        rubric.put("technology", 30);
        rubric.put("business", 30);
        rubric.put("capability", 20);
        rubric.put("policy", 10);
        rubric.put("bonus", 10);
        return rubric;
    }

    private void save() {
        ProgramDraft draft = form.validCopy(version);
        if (draft == null) {
            return;
        }
        long[] saved = new long[1];
        if (Notices.attempt(() -> saved[0] = programId == null ? programs.create(draft) : update(draft),
                form.errors())) {
            Notices.success("program.editor.saved");
            getUI().ifPresent(ui -> ui.navigate(ProgramManageView.class,
                    new RouteParameters("programId", String.valueOf(saved[0]))));
        } else if (form.errors().hasErrors()) {
            Notices.error(INVALID);
        }
    }

    private long update(ProgramDraft draft) {
        programs.update(programId, draft);
        return programId;
    }

    private void back() {
        getUI().ifPresent(ui -> ui.navigate(ProgramAdminView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("program.editor.title") + " | " + getTranslation("app.name");
    }
}
