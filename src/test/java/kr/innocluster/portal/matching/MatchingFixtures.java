package kr.innocluster.portal.matching;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import kr.innocluster.portal.company.CompanyDetails;
import kr.innocluster.portal.company.CompanyFixtures;
import kr.innocluster.portal.company.CompanyForm;
import kr.innocluster.portal.diagnosis.DiagnosisArea;
import kr.innocluster.portal.diagnosis.DiagnosisQuestion;
import kr.innocluster.portal.diagnosis.DiagnosisService;
import kr.innocluster.portal.diagnosis.MentorService;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Diagnosis and matching data for tests, built through the real services as the person who does each step: verified
 * companies with their own users, mentors known to the portal and assigned by an official, self-assessments and
 * catalogue solutions. Usernames are fresh per call, so tests never meet each other's data.
 */
@TestComponent
public class MatchingFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private final CompanyFixtures companies;
    private final MentorService mentors;
    private final DiagnosisService diagnoses;
    private final CatalogueService catalogue;

    MatchingFixtures(CompanyFixtures companies, MentorService mentors, DiagnosisService diagnoses,
                     CatalogueService catalogue) {
        this.companies = companies;
        this.mentors = mentors;
        this.diagnoses = diagnoses;
        this.catalogue = catalogue;
    }

    /** A verified company and the username of its manager. */
    public record TestCompany(long id, String name, String username) {
    }

    public static String fresh(String prefix) {
        return prefix + "-" + System.nanoTime() % 100_000_000 + "-" + NEXT.incrementAndGet();
    }

    /** A verified demand company (and supplier too when {@code supplier}), tuned further by {@code tune}. */
    public TestCompany company(String prefix, boolean supplier, Consumer<CompanyForm> tune) {
        String username = fresh(prefix);
        CompanyDetails details = companies.register(prefix + " " + username, username, true, form -> {
            form.setSupplier(supplier);
            form.setDemand(true);
            tune.accept(form);
        });
        return new TestCompany(details.id(), details.name(), username);
    }

    public TestCompany company(String prefix, boolean supplier) {
        return company(prefix, supplier, form -> { });
    }

    /** A mentor who opened their home page (so officials can assign them). */
    public String mentor(String prefix) {
        String username = fresh(prefix);
        as(username, () -> {
            mentors.registerMe();
            return null;
        }, Roles.MENTOR);
        return username;
    }

    public void assign(long companyId, String mentorUsername) {
        as("official", () -> mentors.assign(companyId, TestUsers.subjectOf(mentorUsername), null), Roles.OFFICIAL);
    }

    /** A self-assessment with every answer {@code answer}, except the given ones. */
    public long selfAssessment(String username, int answer, Map<String, Integer> except) {
        Map<String, Integer> answers = answers(answer);
        answers.putAll(except);
        return as(username, () -> diagnoses.submitSelfAssessment(answers), Roles.COMPANY);
    }

    public static Map<String, Integer> answers(int answer) {
        Map<String, Integer> answers = new HashMap<>();
        DiagnosisQuestion.ALL.forEach(q -> answers.put(q.id(), answer));
        return answers;
    }

    public long solution(String supplierUsername, String name, SolutionCategory category, Set<String> sections,
                         Set<DiagnosisArea> areas, Long priceMin) {
        return as(supplierUsername, () -> catalogue.publish(new SolutionForm(name, category, "AI, 스마트팩토리",
                sections, areas.isEmpty() ? EnumSet.noneOf(DiagnosisArea.class) : EnumSet.copyOf(areas), priceMin,
                priceMin == null ? null : priceMin * 2, 6, "테스트 솔루션", "대구 A사 2025")), Roles.COMPANY);
    }

    /** Runs a step as {@code username} with the roles given; the caller's security context is restored. */
    public static <T> T as(String username, Supplier<T> step, String... roles) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn(username, roles);
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
