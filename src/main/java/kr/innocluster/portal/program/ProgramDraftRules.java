package kr.innocluster.portal.program;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innocluster.portal.program.domain.Program;

/** The rules a program form must meet, and the changes refused once companies have applied. */
final class ProgramDraftRules {

    private ProgramDraftRules() {
    }

    static Map<String, String> validate(ProgramDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(d.getTitle()) || d.getTitle().length() > 200) {
            errors.put("title", "program.validation.title");
        }
        if (blank(d.getHostOrganisation()) || d.getHostOrganisation().length() > 200) {
            errors.put("hostOrganisation", "program.validation.host");
        }
        if (d.getCategory() == null) {
            errors.put("category", "program.validation.required");
        }
        if (d.getTotalBudget() == null || d.getTotalBudget() <= 0) {
            errors.put("totalBudget", "program.validation.budget");
        }
        if (d.getMaxGrant() == null || d.getMaxGrant() <= 0) {
            errors.put("maxGrant", "program.validation.maxGrant");
        } else if (d.getTotalBudget() != null && d.getMaxGrant() > d.getTotalBudget()) {
            errors.put("maxGrant", "program.validation.maxGrantOverBudget");
        }
        if (d.getOpensAt() == null) {
            errors.put("opensAt", "program.validation.required");
        }
        if (d.getClosesAt() == null) {
            errors.put("closesAt", "program.validation.required");
        } else if (d.getOpensAt() != null && !d.getClosesAt().isAfter(d.getOpensAt())) {
            errors.put("closesAt", "program.validation.window");
        }
        if (d.getPassThreshold() == null || d.getPassThreshold() < 0 || d.getPassThreshold() > 100) {
            errors.put("passThreshold", "program.validation.threshold");
        }
        if (d.getFileTypes() == null || d.getFileTypes().isEmpty()) {
            errors.put("fileTypes", "program.validation.fileTypes");
        }
        if (d.getMaxFileMb() == null || d.getMaxFileMb() < 1 || d.getMaxFileMb() > 50) {
            errors.put("maxFileMb", "program.validation.maxFileMb");
        }
        if (d.getMinSmartFactoryLevel() != null
                && (d.getMinSmartFactoryLevel() < 1 || d.getMinSmartFactoryLevel() > 5)) {
            errors.put("minSmartFactoryLevel", "program.validation.smartFactory");
        }
        if (d.getMaxCompanyAgeYears() != null && d.getMaxCompanyAgeYears() < 1) {
            errors.put("maxCompanyAgeYears", "program.validation.companyAge");
        }
        if (d.getKsicPrefixes() != null && !d.getKsicPrefixes().isBlank()
                && !d.getKsicPrefixes().strip().matches("(?i)[A-U][0-9]{0,5}([,\\s]+[A-U][0-9]{0,5})*")) {
            errors.put("ksicPrefixes", "program.validation.ksic");
        }
        validateRubric(d.getRubric(), errors);
        return errors;
    }

    private static void validateRubric(List<RubricLine> rubric, Map<String, String> errors) {
        if (rubric == null || rubric.isEmpty()) {
            errors.put("rubric", "program.validation.rubricEmpty");
            return;
        }
        int sum = 0;
        for (RubricLine line : rubric) {
            if (blank(line.name()) || line.weight() < 1 || line.weight() > 100) {
                errors.put("rubric", "program.validation.rubricItem");
                return;
            }
            sum += line.weight();
        }
        if (sum != 100) {
            errors.put("rubric", "program.validation.rubricSum");
        }
    }

    /** Once companies have applied, a change may not make it harder for them (per field → i18n key). */
    static Map<String, String> changesHurtingApplicants(Program current, ProgramDraft updated, Instant opensAt,
                                                        Instant closesAt, List<RubricLine> currentRubric) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (closesAt.isBefore(current.getClosesAt()) || opensAt.isAfter(current.getOpensAt())) {
            errors.put("closesAt", "program.error.shorterWindow");
        }
        if (!ProgramMapper.rulesOf(updated).acceptsEveryoneAcceptedBy(current.eligibilityRules())) {
            errors.put("rules", "program.error.stricterRules");
        }
        if (!updated.getFileTypes().containsAll(current.fileTypes()) || updated.getMaxFileMb() < current.getMaxFileMb()
                || !new HashSet<>(current.requiredDocumentList())
                        .containsAll(ProgramMapper.requiredDocumentsOf(updated))) {
            errors.put("fileTypes", "program.error.stricterDocuments");
        }
        if (updated.getMaxGrant() < current.getMaxGrant()) {
            errors.put("maxGrant", "program.error.lowerMaxGrant");
        }
        if (!currentRubric.equals(updated.getRubric()) || updated.getPassThreshold() != current.getPassThreshold()) {
            errors.put("rubric", "program.error.rubricLocked");
        }
        return errors;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
