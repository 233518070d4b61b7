package kr.innocluster.portal.diagnosis.ui;

import com.vaadin.flow.component.html.Span;
import kr.innocluster.portal.diagnosis.DiagnosisStatus;

/** Status badges: confirmed (success) or self-assessed and unconfirmed (contrast). */
final class DiagnosisLabels {

    private DiagnosisLabels() {
    }

    static Span status(DiagnosisStatus status, java.util.function.Function<String, String> t) {
        Span badge = new Span(t.apply("diagnosis.status." + status.name()));
        badge.getElement().getThemeList().add(status == DiagnosisStatus.CONFIRMED ? "badge success" : "badge contrast");
        badge.addClassName("diagnosis-status");
        return badge;
    }
}
