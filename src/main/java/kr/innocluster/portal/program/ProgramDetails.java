package kr.innocluster.portal.program;

import java.util.List;

/** Everything an announcement shows: the summary, its text, documents, rules and the evaluation rubric. */
public record ProgramDetails(ProgramSummary summary, String description, int passThreshold, List<FileType> fileTypes,
                             int maxFileMb, List<String> requiredDocuments, EligibilityRules rules,
                             List<RubricLine> rubric) {

    public long id() {
        return summary.id();
    }
}
