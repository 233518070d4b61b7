package kr.innocluster.portal.notification.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.notification.Notice;
import kr.innocluster.portal.notification.NotificationService;

/** The signed-in user's notices, newest first; opening the page marks them read. */
@Route("notices")
@PermitAll
@Menu(order = 85, title = "menu.notices", icon = "vaadin:bell-o")
class NoticesView extends VerticalLayout implements HasDynamicTitle {

    NoticesView(NotificationService notifications, DisplayZone displayZone) {
        addClassName("narrow-page");
        List<Notice> notices = notifications.myNotices(100);
        if (notices.isEmpty()) {
            add(new Paragraph(getTranslation("notices.empty")));
        }
        for (Notice notice : notices) {
            Div card = new Div();
            card.addClassName("card");
            card.setWidthFull();
            Span when = new Span(displayZone.formatDateTime(notice.createdAt()));
            when.addClassName("field-hint");
            H4 title = new H4(notice.title());
            if (!notice.read()) {
                Span unread = new Span(getTranslation("notices.new"));
                unread.getElement().getThemeList().add("badge primary small");
                title.add(new Span(" "), unread);
            }
            card.add(when, title);
            if (notice.body() != null) {
                card.add(new Paragraph(notice.body()));
            }
            if (notice.link() != null) {
                card.add(new Anchor(notice.link(), getTranslation("notices.open")));
            }
            add(card);
            notifications.markRead(notice.id());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.notices") + " | " + getTranslation("app.name");
    }
}
