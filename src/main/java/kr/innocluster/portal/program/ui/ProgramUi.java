package kr.innocluster.portal.program.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.text.NumberFormat;
import java.util.Locale;
import kr.innocluster.portal.program.ApplicationStatus;
import kr.innocluster.portal.program.ProgramException;
import kr.innocluster.portal.program.ProgramValidationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Small shared pieces of the program views: money, status badges and turning refusals into clear messages. */
final class ProgramUi {

    private ProgramUi() {
    }

    static String won(Long amount) {
        return amount == null ? "-" : "₩" + NumberFormat.getIntegerInstance(Locale.KOREA).format(amount);
    }

    static Span statusBadge(Component owner, ApplicationStatus status) {
        Span badge = new Span(owner.getTranslation("program.status." + status.name()));
        String theme = switch (status) {
            case SELECTED, AGREED -> "badge success";
            case REJECTED, WITHDRAWN -> "badge error";
            case INCOMPLETE -> "badge contrast";
            case DRAFT -> "badge contrast";
            default -> "badge";
        };
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("application-status");
        return badge;
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(theme);
        return badge;
    }

    static void success(Component owner, String key, Object... args) {
        Notification n = Notification.show(owner.getTranslation(key, args), 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** Runs a service call; a refusal becomes a message in the user's language, never a stack trace. */
    static boolean attempt(Component owner, Runnable action) {
        try {
            action.run();
            return true;
        } catch (ProgramValidationException e) {
            error(owner, String.join(" ", e.fieldErrors().values().stream().map(owner::getTranslation).toList()));
        } catch (ProgramException e) {
            error(owner, owner.getTranslation(e.messageKey(), e.args()));
        } catch (ObjectOptimisticLockingFailureException e) {
            error(owner, owner.getTranslation("program.error.concurrent"));
        }
        return false;
    }

    static void error(Component owner, String message) {
        Notification n = Notification.show(message, 7000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.addClassName("program-error");
    }
}
