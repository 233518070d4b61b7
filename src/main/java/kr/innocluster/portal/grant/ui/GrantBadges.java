package kr.innocluster.portal.grant.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import kr.innocluster.portal.grant.ChangeStatus;
import kr.innocluster.portal.grant.ExpenseStatus;
import kr.innocluster.portal.grant.ProjectStatus;
import kr.innocluster.portal.grant.ReportStatus;

/** Lumo badges for the states of projects, expenses, reports and changes. */
final class GrantBadges {

    private GrantBadges() {
    }

    static Span project(ProjectStatus s) {
        return badge("grant.status." + s, switch (s) {
            case CONTRACTING -> "badge";
            case ACTIVE -> "badge success";
            case FOLLOW_UP -> "badge contrast";
            case CLOSED -> "badge contrast";
        }, "grant-status-" + s.name().toLowerCase());
    }

    static Span expense(ExpenseStatus s) {
        return badge("grant.expenseStatus." + s, switch (s) {
            case SUBMITTED -> "badge";
            case ACCEPTED -> "badge success";
            case DISALLOWED -> "badge error";
        }, "grant-expense-" + s.name().toLowerCase());
    }

    static Span report(ReportStatus s, boolean overdue) {
        if (overdue) {
            return badge("grant.reportStatus.overdue", "badge error", "grant-report-overdue");
        }
        return badge("grant.reportStatus." + s, switch (s) {
            case DUE -> "badge";
            case SUBMITTED -> "badge contrast";
            case RETURNED -> "badge error";
            case ACCEPTED -> "badge success";
        }, "grant-report-" + s.name().toLowerCase());
    }

    static Span change(ChangeStatus s) {
        return badge("grant.changeStatus." + s, switch (s) {
            case NOTIFIED, PENDING -> "badge";
            case ACKNOWLEDGED, APPROVED -> "badge success";
            case REJECTED -> "badge error";
        }, "grant-change-" + s.name().toLowerCase());
    }

    private static Span badge(String key, String theme, String className) {
        Span badge = new Span(UI.getCurrent().getTranslation(key));
        badge.getElement().getThemeList().addAll(List.of(theme.split(" ")));
        badge.addClassName(className);
        return badge;
    }
}
