package kr.innocluster.portal.matching.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.matching.ConsultationStatus;
import kr.innocluster.portal.matching.MatchReason;
import kr.innocluster.portal.matching.SolutionSummary;
import kr.innocluster.portal.matching.TrackRecord;

/** Words for reasons, track records, prices and statuses, from the matching bundle. */
final class MatchingLabels {

    private MatchingLabels() {
    }

    /** "같은 산업 분류, 완료 과제 4건, 평점 4.6, 실증 검증 1건": each reason that counted, in words. */
    static String reasons(List<MatchReason> reasons, BiFunction<String, Object[], String> t) {
        if (reasons.isEmpty()) {
            return t.apply("matching.reasons.none", new Object[0]);
        }
        return reasons.stream().map(r -> reason(r, t)).collect(Collectors.joining(", "));
    }

    static String reason(MatchReason r, BiFunction<String, Object[], String> t) {
        String key = "matching.reason." + r.factor().name();
        return switch (r.factor()) {
            case WEAK_AREA -> t.apply(key, new Object[] {r.args().stream()
                    .map(a -> t.apply("diagnosis.area." + a, new Object[0])).collect(Collectors.joining("·"))});
            case STATED_NEED -> t.apply(key, new Object[] {t.apply("matching.category." + r.args().getFirst(),
                    new Object[0])});
            default -> t.apply(key, r.args().toArray());
        };
    }

    static Div trackRecord(TrackRecord record, BiFunction<String, Object[], String> t) {
        Div line = new Div();
        line.addClassName("matching-track");
        List<String> parts = new ArrayList<>();
        parts.add(t.apply("matching.track.projects", new Object[] {record.completedProjects()}));
        if (record.pilotVerified() > 0) {
            parts.add(t.apply("matching.track.pilots", new Object[] {record.pilotVerified()}));
        }
        parts.add(record.ratingAverage() == null ? t.apply("matching.track.noRating", new Object[0])
                : t.apply("matching.track.rating", new Object[] {String.format(java.util.Locale.ROOT, "%.1f",
                record.ratingAverage()), record.ratingCount()}));
        parts.add(t.apply("matching.track.years", new Object[] {record.yearsInBusiness()}));
        line.add(new Span(String.join(" · ", parts)));
        if (record.flagged()) {
            Span flag = new Span(t.apply("matching.flag.warning", new Object[] {
                    t.apply("matching.flag." + record.flag().kind().name(), new Object[0]), record.flag().reason()}));
            flag.getElement().getThemeList().add("badge error");
            flag.addClassName("matching-flag");
            line.add(flag);
        }
        return line;
    }

    static String price(SolutionSummary s, BiFunction<String, Object[], String> t) {
        if (s.priceMin() == null && s.priceMax() == null) {
            return t.apply("matching.price.unknown", new Object[0]);
        }
        return t.apply("matching.price.range", new Object[] {s.priceMin() == null ? "" : Money.won(s.priceMin()),
                s.priceMax() == null ? "" : Money.won(s.priceMax())});
    }

    static Span status(ConsultationStatus status, BiFunction<String, Object[], String> t) {
        Span badge = new Span(t.apply("matching.status." + status.name(), new Object[0]));
        badge.getElement().getThemeList().add(switch (status) {
            case REQUESTED -> "badge";
            case ACCEPTED -> "badge contrast";
            case CONTRACTED -> "badge success";
            case DECLINED -> "badge error";
        });
        badge.addClassName("matching-status");
        return badge;
    }
}
