package kr.innocluster.portal.notification.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.notification.MailRecord;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Every mail the portal queued, whether it went out, and its text: for officials checking what applicants got. */
@Route("mail-log")
@RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
@Menu(order = 75, title = "menu.mailLog", icon = "vaadin:envelopes-o")
class MailLogView extends VerticalLayout implements HasDynamicTitle {

    MailLogView(NotificationService notifications, DisplayZone displayZone) {
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("mailLog.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("24rem");

        Grid<MailRecord> grid = new Grid<>();
        grid.addColumn(m -> displayZone.formatDateTime(m.createdAt())).setHeader(getTranslation("mailLog.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MailRecord::recipient).setHeader(getTranslation("mailLog.recipient")).setAutoWidth(true);
        grid.addColumn(MailRecord::subject).setHeader(getTranslation("mailLog.subject")).setFlexGrow(1);
        grid.addComponentColumn(this::status).setHeader(getTranslation("mailLog.status")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new Pre(m.body())));
        grid.setItemsPageable(pageable -> notifications.mailLog(search.getValue(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "id")))
                .getContent());
        grid.setEmptyStateText(getTranslation("mailLog.empty"));
        grid.setSizeFull();
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(search, grid);
    }

    private Span status(MailRecord mail) {
        Span badge = new Span(mail.sent() ? getTranslation("mailLog.sent")
                : getTranslation("mailLog.pending", mail.attempts()));
        badge.getElement().getThemeList().add(mail.sent() ? "badge success" : "badge error");
        if (mail.lastError() != null) {
            badge.setTitle(mail.lastError());
        }
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.mailLog") + " | " + getTranslation("app.name");
    }
}
