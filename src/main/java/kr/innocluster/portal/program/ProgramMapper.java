package kr.innocluster.portal.program;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.program.domain.Program;
import org.springframework.stereotype.Component;

/** Turns program entities into the records the API hands out, and back into form copies. */
@Component
class ProgramMapper {

    private final Clock clock;
    private final DisplayZone zone;

    ProgramMapper(Clock clock, DisplayZone zone) {
        this.clock = clock;
        this.zone = zone;
    }

    ProgramSummary summary(Program p) {
        return new ProgramSummary(p.getId(), p.getTitle(), p.getHostOrganisation(), p.getCategory(), p.getStatus(),
                p.getOpensAt(), p.getClosesAt(), p.getTotalBudget(), p.getMaxGrant(), p.getApprovedTotal(),
                p.isBlindReview(), p.acceptsApplicationsAt(clock.instant()));
    }

    ProgramDetails details(Program p) {
        return new ProgramDetails(summary(p), p.getDescription(), p.getPassThreshold(), p.fileTypes(),
                p.getMaxFileMb(), p.requiredDocumentList(), p.eligibilityRules(), rubric(p));
    }

    List<RubricLine> rubric(Program p) {
        return p.getRubric().stream().map(r -> new RubricLine(r.getName(), r.getWeight())).toList();
    }

    ProgramDraft draft(Program p) {
        ProgramDraft d = new ProgramDraft();
        d.setTitle(p.getTitle());
        d.setHostOrganisation(p.getHostOrganisation());
        d.setCategory(p.getCategory());
        d.setDescription(p.getDescription());
        d.setTotalBudget(p.getTotalBudget());
        d.setMaxGrant(p.getMaxGrant());
        d.setOpensAt(zone.toZoned(p.getOpensAt()).toLocalDateTime());
        d.setClosesAt(zone.toZoned(p.getClosesAt()).toLocalDateTime());
        d.setBlindReview(p.isBlindReview());
        d.setPassThreshold(p.getPassThreshold());
        d.setFileTypes(p.fileTypes().isEmpty() ? java.util.EnumSet.noneOf(FileType.class)
                : java.util.EnumSet.copyOf(p.fileTypes()));
        d.setMaxFileMb(p.getMaxFileMb());
        d.setRequiredDocuments(String.join("\n", p.requiredDocumentList()));
        EligibilityRules rules = p.eligibilityRules();
        d.setRegions(new LinkedHashSet<>(rules.regions()));
        d.setSizeClasses(new LinkedHashSet<>(rules.sizeClasses()));
        d.setKsicPrefixes(String.join(", ", rules.ksicPrefixes()));
        d.setMinSmartFactoryLevel(rules.minSmartFactoryLevel());
        d.setMaxCompanyAgeYears(rules.maxCompanyAgeYears());
        d.setRequireConfirmedLevel(rules.requireConfirmedLevel());
        d.setRubric(new ArrayList<>(rubric(p)));
        d.setVersion(p.getVersion());
        return d;
    }

    static EligibilityRules rulesOf(ProgramDraft d) {
        List<String> ksic = d.getKsicPrefixes() == null ? List.of()
                : Arrays.stream(d.getKsicPrefixes().split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        return new EligibilityRules(d.getRegions().stream().sorted().toList(),
                d.getSizeClasses().stream().sorted().toList(), ksic,
                d.getMinSmartFactoryLevel(), d.getMaxCompanyAgeYears(), d.isRequireConfirmedLevel());
    }

    static List<String> requiredDocumentsOf(ProgramDraft d) {
        if (d.getRequiredDocuments() == null) {
            return List.of();
        }
        return d.getRequiredDocuments().lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
