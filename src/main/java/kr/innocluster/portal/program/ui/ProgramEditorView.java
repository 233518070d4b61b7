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
import kr.innocluster.portal.program.ProgramDraft;
import kr.innocluster.portal.program.ProgramRecordNotFoundException;
import kr.innocluster.portal.program.ProgramService;
import kr.innocluster.portal.program.ProgramValidationException;
import kr.innocluster.portal.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Creates a program or edits one; saving returns to its management page. */
@Route("program-admin/new")
@RouteAlias("program-admin/:programId(\\d+)/edit")
@RolesAllowed(Roles.OFFICIAL)
class ProgramEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

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
        } catch (ProgramRecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** A new announcement opens now and closes in two weeks at 18:00 (Seoul), with the usual rubric. */
    private ProgramDraft newDraft() {
        ProgramDraft draft = new ProgramDraft();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
        draft.setOpensAt(now);
        draft.setClosesAt(now.toLocalDate().plusDays(14).atTime(18, 0));
        draft.setRequiredDocuments("사업계획서");
        return draft;
    }

    private void save() {
        ProgramDraft draft = form.validCopy(version);
        if (draft == null) {
            return;
        }
        try {
            long id = programId == null ? programs.create(draft) : update(draft);
            ProgramUi.success(this, "program.editor.saved");
            getUI().ifPresent(ui -> ui.navigate(ProgramManageView.class,
                    new RouteParameters("programId", String.valueOf(id))));
        } catch (ProgramValidationException e) {
            form.show(e);
            ProgramUi.error(this, getTranslation("program.error.validation"));
        } catch (ObjectOptimisticLockingFailureException e) {
            ProgramUi.error(this, getTranslation("program.error.concurrent"));
        } catch (RuntimeException e) {
            ProgramUi.attempt(this, () -> {
                throw e;
            });
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
