package kr.innocluster.portal.diagnosis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.company.CompanyDirectoryService;
import kr.innocluster.portal.company.CompanyFilter;
import kr.innocluster.portal.company.CompanyListItem;
import kr.innocluster.portal.company.CompanyStatus;
import kr.innocluster.portal.company.Region;
import kr.innocluster.portal.company.SmartFactoryLevels;
import kr.innocluster.portal.diagnosis.domain.DiagnosisStore;
import kr.innocluster.portal.diagnosis.domain.MentorStore;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.RunAs;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo mentor 오현우 (known to the portal and assigned to 한빛정밀), and diagnoses of the verified demand companies
 * in Daegu (a dozen, most in KSIC section C, so the regional average shows): 한빛정밀 has a confirmed diagnosis a year
 * ago (level 3) and its history; some others are confirmed by the official, the rest wait as self-assessments.
 * Idempotent: a company that has any diagnosis gets none added. Runs after the company demo data (@Order(10)).
 */
@Component
@Order(55)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class DiagnosisDemoData implements ApplicationRunner {

    static final String HANBIT = "한빛정밀 주식회사";

    private final DiagnosisStore diagnoses;
    private final MentorStore mentors;
    private final DiagnosisScoring scoring;
    private final CompanyDirectoryService directory;
    private final SmartFactoryLevels levels;
    private final Clock clock;
    private final DisplayZone zone;

    DiagnosisDemoData(DiagnosisStore diagnoses, MentorStore mentors, DiagnosisScoring scoring,
                      CompanyDirectoryService directory, SmartFactoryLevels levels, Clock clock, DisplayZone zone) {
        this.diagnoses = diagnoses;
        this.mentors = mentors;
        this.scoring = scoring;
        this.directory = directory;
        this.levels = levels;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        RunAs.user(DemoUsers.OFFICIAL, "official").withRoles(Roles.OFFICIAL).run(this::create);
    }

    private void create() {
        Instant now = clock.instant();
        mentors.upsertMentor(DemoUsers.MENTOR, "오현우", "mentor@innocluster.example", now);
        List<CompanyListItem> daegu = directory.search(new CompanyFilter(null, Region.DAEGU, null, null,
                CompanyStatus.VERIFIED, null, true), PageRequest.of(0, 100));
        int index = 0;
        for (CompanyListItem company : daegu) {
            index++;
            if (!diagnoses.ofCompany(company.id()).isEmpty() || company.name().startsWith("새별")) {
                continue;
            }
            boolean hanbit = company.name().equals(HANBIT);
            if (hanbit) {
                if (mentors.current(company.id()).isEmpty()) {
                    mentors.assign(company.id(), company.name(), DemoUsers.MENTOR, "김정민",
                            now.minus(Duration.ofDays(400)));
                }
                // a year ago: self-assessed, then confirmed on site by the mentor (level 3)
                Map<String, Integer> earlier = answers(2, Map.of("QUALITY_1", 1, "INFORMATION_SYSTEMS_3", 1));
                Map<String, Integer> confirmed = answers(2, Map.of("QUALITY_1", 1));
                long id = insert(company, earlier, DemoUsers.COMPANY, now.minus(Duration.ofDays(380)));
                confirm(id, confirmed, "오현우", now.minus(Duration.ofDays(365)),
                        "생산 실적은 MES 없이 엑셀로 집계. 품질 검사 기록이 종이에 남아 추적이 어렵습니다.");
                continue;
            }
            int base = 1 + index % 3;
            Map<String, Integer> answers = answers(base, Map.of("EQUIPMENT_" + (1 + index % 3), Math.min(4, base + 1),
                    "LOGISTICS_" + (1 + (index + 1) % 3), Math.max(0, base - 1)));
            long id = insert(company, answers, "demo-data", now.minus(Duration.ofDays(30L + index * 11L)));
            if (index % 2 == 0) {
                confirm(id, answers, "김정민", now.minus(Duration.ofDays(20L + index * 5L)),
                        "현장 확인 결과 자가진단과 같습니다.");
            }
        }
    }

    private long insert(CompanyListItem company, Map<String, Integer> answers, String submitter, Instant at) {
        DiagnosisResult result = scoring.score(answers);
        return diagnoses.insert(company.id(), company.name(), company.region().name(),
                company.ksicCode().substring(0, 1), Answers.encode(answers), result.overallScore(),
                result.overallLevel(), submitter, at);
    }

    private void confirm(long id, Map<String, Integer> answers, String by, Instant at, String notes) {
        DiagnosisResult result = scoring.score(answers);
        LocalDate visit = LocalDate.ofInstant(at, zone.zoneId());
        diagnoses.confirm(id, 0, Answers.encode(answers), result.overallScore(), result.overallLevel(), by, at, visit,
                notes);
        long companyId = diagnoses.find(id).orElseThrow().companyId();
        levels.recordConfirmed(companyId, result.overallLevel(), visit);
    }

    private static Map<String, Integer> answers(int base, Map<String, Integer> except) {
        Map<String, Integer> answers = new HashMap<>();
        DiagnosisQuestion.ALL.forEach(q -> answers.put(q.id(), base));
        answers.putAll(except);
        return answers;
    }
}
