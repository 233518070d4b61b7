package kr.innocluster.portal.company.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.company.BusinessNumber;
import kr.innocluster.portal.company.CompanyStatus;

/** How company values read on screen and in exports: translated codes, business numbers, status badges. */
final class CompanyLabels {

    /** KSIC (11th revision) sections A-U. */
    static final List<String> KSIC_SECTIONS = IntStream.rangeClosed('A', 'U').mapToObj(c -> String.valueOf((char) c))
            .toList();

    private CompanyLabels() {
    }

    static String number(String digits) {
        return BusinessNumber.format(digits);
    }

    static Span statusBadge(CompanyStatus status, Function<String, String> translate) {
        Span badge = new Span(translate.apply("company.status." + status.name()));
        String theme = switch (status) {
            case VERIFIED -> "badge success";
            case PENDING -> "badge";
            case REJECTED -> "badge error";
            case SUSPENDED -> "badge contrast";
        };
        badge.getElement().getThemeList().add(theme);
        badge.addClassName("company-status");
        return badge;
    }

    static String kind(boolean supplier, boolean demand, Function<String, String> translate) {
        if (supplier && demand) {
            return translate.apply("company.kind.both");
        }
        return translate.apply(supplier ? "company.kind.supplier" : "company.kind.demand");
    }

    /** A history value: enum codes and booleans translated, everything else as stored. */
    static String historyValue(String field, String value, Function<String, String> translate) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case "region" -> translate.apply("company.region." + value);
            case "sizeClass" -> translate.apply("company.size." + value);
            case "status" -> translate.apply("company.status." + value);
            case "supplier", "demand" -> translate.apply("company.bool." + value);
            case "annualRevenue" -> Money.won(Long.parseLong(value));
            default -> value;
        };
    }

    static Component value(String id, String text) {
        Span span = new Span(text == null || text.isBlank() ? "-" : text);
        span.setId(id);
        return span;
    }
}
