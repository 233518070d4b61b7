package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.company.CompanyDetails;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.company.SmartFactoryLevel;

/** A company's profile at a glance: name, status (with the reason of a decision) and every profile field. */
class CompanyProfileCard extends Composite<VerticalLayout> {

    CompanyProfileCard(CompanyDetails c, SmartFactoryLevel level, DisplayZone zone, Component actions) {
        VerticalLayout layout = getContent();
        layout.addClassName("company-profile");
        layout.setPadding(false);

        H2 name = new H2(c.name());
        name.setId("company-name");
        Span badge = CompanyLabels.statusBadge(c.status(), this::getTranslation);
        badge.setId("company-status");
        Div title = new Div(name, badge);
        title.addClassName("company-title");
        HorizontalLayout header = new HorizontalLayout(title, actions);
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(title);
        layout.add(header);
        statusNotice(c, zone).ifPresent(layout::add);

        FormLayout facts = new FormLayout();
        facts.addClassName("company-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2),
                new FormLayout.ResponsiveStep("960px", 3));
        fact(facts, "businessNumber", CompanyLabels.number(c.businessNumber()));
        fact(facts, "ceoName", c.ceoName());
        fact(facts, "region", getTranslation("company.region." + c.region().name()));
        fact(facts, "ksicCode", c.ksicCode() + " · " + getTranslation("company.ksic." + c.ksicCode().charAt(0)));
        fact(facts, "sizeClass", getTranslation("company.size." + c.sizeClass().name()));
        fact(facts, "foundedOn", DisplayZone.DATE.format(c.foundedOn()));
        fact(facts, "employees", getTranslation("company.employees.value", c.employees()));
        fact(facts, "annualRevenue", Money.won(c.annualRevenue()));
        fact(facts, "smartFactoryLevel", smartFactoryLevel(level));
        fact(facts, "kind", CompanyLabels.kind(c.supplier(), c.demand(), this::getTranslation));
        fact(facts, "contactName", c.contactName());
        fact(facts, "contactPhone", c.contactPhone());
        fact(facts, "contactEmail", c.contactEmail());
        fact(facts, "createdAt", zone.formatDate(c.createdAt()));
        facts.setColspan(fact(facts, "address", c.address()), 2);
        layout.add(facts);
    }

    private Component fact(FormLayout facts, String field, String value) {
        return facts.addFormItem(CompanyLabels.value("company-" + field, value),
                getTranslation("company.field." + field));
    }

    private java.util.Optional<Component> statusNotice(CompanyDetails c, DisplayZone zone) {
        if (c.status() == CompanyStatus.VERIFIED) {
            return java.util.Optional.empty();
        }
        Div notice = new Div(VaadinIcon.INFO_CIRCLE_O.create());
        notice.setId("company-status-notice");
        notice.addClassNames("company-notice", "company-notice-" + c.status().name().toLowerCase());
        Div text = new Div(new Paragraph(getTranslation("company.page.notice." + c.status().name())));
        if (c.statusReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("company.page.reason", c.statusReason()));
            reason.setId("company-status-reason");
            text.add(reason);
        }
        if (c.statusDecidedBy() != null) {
            Paragraph decided = new Paragraph(getTranslation("company.page.decidedBy", c.statusDecidedBy(),
                    zone.formatDateTime(c.statusDecidedAt())));
            decided.addClassName("field-hint");
            text.add(decided);
        }
        notice.add(text);
        return java.util.Optional.of(notice);
    }

    /** The confirmed level with its date, or the declared level marked "unconfirmed" (수준확인 전). */
    private String smartFactoryLevel(SmartFactoryLevel level) {
        if (level.isConfirmed()) {
            return getTranslation("company.sf.confirmed", getTranslation("company.sf." + level.confirmed()),
                    DisplayZone.DATE.format(level.confirmedOn()));
        }
        return level.declared() == null ? getTranslation("company.sf.none")
                : getTranslation("company.sf.unconfirmed", getTranslation("company.sf." + level.declared()));
    }
}
