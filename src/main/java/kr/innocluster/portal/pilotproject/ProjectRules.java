package kr.innocluster.portal.pilotproject;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import kr.innocluster.portal.base.RuleException;

/** The checks of a new project's form; each error is reported on the field it belongs to. */
final class ProjectRules {

    static final int MAX_KPIS = 10;
    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");

    private ProjectRules() {
    }

    static void check(ProjectForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        text(errors, "title", form.getTitle(), 200);
        text(errors, "solution", form.getSolution(), 300);
        text(errors, "objective", form.getObjective(), 4000);
        if (form.getIndustry() == null) {
            errors.put("industry", "pp.error.required");
        }
        if (form.getPlannedRuns() == null || form.getPlannedRuns() < 1 || form.getPlannedRuns() > 100) {
            errors.put("plannedRuns", "pp.error.plannedRuns");
        }
        if (form.getKpis().isEmpty() || form.getKpis().size() > MAX_KPIS) {
            errors.put("kpis", "pp.error.kpiCount");
        } else if (form.getKpis().stream().anyMatch(ProjectRules::incomplete)) {
            errors.put("kpis", "pp.error.kpiIncomplete");
        }
        if (form.getScope() == null) {
            errors.put("scope", "pp.error.required");
        }
        if (!form.isTermsAgreed()) {
            errors.put("termsAgreed", "pp.error.termsNotAgreed");
        }
        if (!errors.isEmpty()) {
            throw RuleException.invalid("pp.error.formInvalid", errors);
        }
    }

    private static boolean incomplete(KpiTarget kpi) {
        return blank(kpi.name()) || kpi.name().strip().length() > 200 || blank(kpi.unit())
                || kpi.unit().strip().length() > 30 || kpi.comparator() == null || kpi.target() == null
                || kpi.target().abs().compareTo(LIMIT) >= 0;
    }

    static boolean measuredOutOfRange(BigDecimal value) {
        return value == null || value.abs().compareTo(LIMIT) >= 0;
    }

    private static void text(Map<String, String> errors, String field, String value, int max) {
        if (blank(value)) {
            errors.put(field, "pp.error.required");
        } else if (value.strip().length() > max) {
            errors.put(field, "pp.error.tooLong");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
