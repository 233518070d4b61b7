package kr.innocluster.portal.perf;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.MovableClock;
import kr.innocluster.portal.company.CompanyFixtures;
import kr.innocluster.portal.pilotfactory.PilotFactoryFixtures;
import kr.innocluster.portal.program.ApplicationDraft;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.ProgramCategory;
import kr.innocluster.portal.program.ProgramDraft;
import kr.innocluster.portal.program.ProgramService;
import kr.innocluster.portal.program.RubricLine;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.TestUsers;
import kr.innocluster.portal.security.WithPortalUser;
import kr.innocluster.portal.seminar.SeminarFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * A page load issues at most a fixed number of SQL statements, whatever the data size: each main list and detail view
 * is opened (browserless, the real services and PostgreSQL), more data is added, and it is opened again; the second
 * count must not be higher than the first (no statement per row: no N+1) and stays under a fixed bound.
 *
 * <p>Everything a test adds is rolled back ({@code @Transactional}: the views' services join the test's transaction on
 * the test thread), so other tests see the demo data unchanged. Statements are counted by {@link StatementCounter} at
 * the JDBC connection, Hibernate and JdbcTemplate alike.
 */
@IntegrationTest
@Transactional
@ViewPackages(packages = "kr.innocluster.portal")
class StatementCountTest extends SpringBrowserlessTest {

    /** No page load of the views below needs more than this many statements. */
    static final int BOUND = 40;
    /**
     * "My seminars", whatever the number of cards: the session check, the registrations (with their seminars), the
     * survey answers among them and the waitlist positions (each one statement, only when a card needs it). Was one
     * more statement per ticket card (its QR code).
     */
    static final int MY_SEMINARS_BOUND = 4;
    /**
     * The company directory opened and searched: the session check, one count per page open and per search (shared by
     * the grid and the label), the first page with its match count and the security-log entry it writes, the
     * similarity setting of a text search. Was 8: the count ran again for the label and for the log.
     */
    static final int COMPANY_DIRECTORY_BOUND = 6;

    @Autowired
    CompanyFixtures companies;
    @Autowired
    SeminarFixtures seminars;
    @Autowired
    PilotFactoryFixtures factory;
    @Autowired
    ProgramService programs;
    @Autowired
    ApplicationService applications;
    @Autowired
    EntityManager entityManager;
    @Autowired
    MovableClock clock;

    @Test
    @WithPortalUser(username = "attendee", roles = Roles.ATTENDEE)
    void programList() {
        assertDoesNotGrow("programs", () -> open("programs"), () -> {
            for (int i = 0; i < 4; i++) {
                openProgram("통계 지원사업 " + i);
            }
        });
    }

    @Test
    @WithPortalUser(username = "official", roles = Roles.OFFICIAL)
    void applicationListOfAProgram() {
        long program = openProgram("접수 목록 지원사업");
        for (int i = 0; i < 2; i++) {
            submittedApplication(program);
        }
        assertDoesNotGrow("program-admin/" + program, () -> open("program-admin/" + program), () -> {
            for (int i = 0; i < 4; i++) {
                submittedApplication(program);
            }
        });
    }

    @Test
    @WithPortalUser(username = "official", roles = Roles.OFFICIAL)
    void companyDirectorySearch() {
        for (int i = 0; i < 2; i++) {
            companies.verified("통계정밀 첫 " + i + " 주식회사", "stat-co-" + UUID.randomUUID());
        }
        int directory = assertDoesNotGrow("companies?search", () -> {
            open("companies");
            TextField search = $(TextField.class).id("company-search");
            search.setValue("통계정밀");
        }, () -> {
            for (int i = 0; i < 5; i++) {
                companies.verified("통계정밀 " + i + " 주식회사", "stat-co-" + UUID.randomUUID());
            }
        });
        assertThat($(Grid.class).id("company-grid").getGenericDataView().getItems().count())
                .as("the search finds the added companies").isGreaterThanOrEqualTo(7);
        settle();
        // the count runs once per page open and once per search, shared by the grid and the "N companies" label
        // (the security log's match count comes with the first page: count(*) over ())
        List<String> pageOpen = StatementCounter.statements(() -> open("companies"));
        assertThat(countQueries(pageOpen)).as("count queries of a page open: %s", pageOpen).isEqualTo(1);
        List<String> search = StatementCounter.statements(() -> $(TextField.class).id("company-search")
                .setValue("통계정밀 첫"));
        assertThat(countQueries(search)).as("count queries of a search: %s", search).isEqualTo(1);
        assertThat(directory).as("statements of the directory opened and searched")
                .isLessThanOrEqualTo(COMPANY_DIRECTORY_BOUND);
    }

    @Test
    @WithPortalUser(username = "attendee", roles = Roles.ATTENDEE)
    void seminarList() {
        assertDoesNotGrow("seminars", () -> open("seminars"), () -> {
            for (int i = 0; i < 4; i++) {
                seminars.published(seminars.form("통계 세미나 " + i, 30, 20 + i));
            }
        });
    }

    @Test
    @WithPortalUser(username = "company", roles = Roles.COMPANY)
    void factoryCalendar() {
        assertDoesNotGrow("pilot-factory", () -> open("pilot-factory"), () -> {
            for (int i = 0; i < 3; i++) {
                factory.resource("통계 설비", draft -> { });
            }
        });
    }

    @Test
    @WithPortalUser(username = "attendee", roles = Roles.ATTENDEE)
    void homeAndMySeminarsOfAnAttendee() {
        List<Long> more = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            more.add(seminars.published(seminars.form("통계 홈 세미나 " + i, 30, 20 + i)));
        }
        // seats are taken with plain SQL (row lock on the seminar): the seminars must be written first
        entityManager.flush();
        seminars.register(more.get(0), "attendee");
        assertDoesNotGrow("home", () -> open("home"), () -> more.subList(1, 4)
                .forEach(id -> seminars.register(id, "attendee")));
        // one statement set for the page, not one per ticket card (each card once asked for its QR code); the
        // clock moves past the hourly registration limit first
        clock.moveBy(Duration.ofHours(2));
        int withFour = assertDoesNotGrow("my-seminars", () -> open("my-seminars"), () -> more.subList(4, 8)
                .forEach(id -> seminars.register(id, "attendee")));
        assertThat(withFour).as("my-seminars: the list, its waitlist positions and survey answers at most")
                .isLessThanOrEqualTo(MY_SEMINARS_BOUND);
    }

    @Test
    @WithPortalUser(username = "official", roles = Roles.OFFICIAL)
    void homeOfAnOfficial() {
        assertDoesNotGrow("home (official)", () -> open("home"), () -> {
            for (int i = 0; i < 3; i++) {
                companies.register("통계 대기 " + i + " 주식회사", "stat-pending-" + UUID.randomUUID(), false, f -> { });
            }
        });
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static long countQueries(List<String> statements) {
        return statements.stream().filter(sql -> sql.strip().toLowerCase(java.util.Locale.ROOT)
                .startsWith("select count(")).count();
    }

    private void open(String route) {
        navigate(route, Component.class);
    }

    /** Returns the statements of the first counted load. */
    private int assertDoesNotGrow(String page, Runnable load, Runnable addData) {
        load.run(); // warm: first use of a view or query may load metadata once
        settle();
        List<String> before = StatementCounter.statements(load);
        addData.run();
        settle();
        List<String> after = StatementCounter.statements(load);
        System.out.printf("[statements] %-28s %3d before, %3d after adding data (bound %d)%n", page, before.size(),
                after.size(), BOUND);
        assertThat(after.size()).as("statements of %s after adding data: %s%nbefore: %s", page,
                String.join("\n  ", after), String.join("\n  ", before)).isLessThanOrEqualTo(before.size());
        assertThat(before.size()).as("statements of %s: %s", page, before).isLessThanOrEqualTo(BOUND);
        return before.size();
    }

    /** Writes what the fixtures changed and forgets it, so a page load reads from the database as a new request does. */
    private void settle() {
        entityManager.flush();
        entityManager.clear();
    }

    private long openProgram(String title) {
        return asOfficial(() -> {
            ProgramDraft d = new ProgramDraft();
            d.setTitle(title + " " + UUID.randomUUID().toString().substring(0, 6));
            d.setHostOrganisation("대구테크노파크");
            d.setCategory(ProgramCategory.MANUFACTURING_AX);
            d.setDescription("제조 AX 실증 지원");
            d.setTotalBudget(500_000_000L);
            d.setMaxGrant(100_000_000L);
            LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
            d.setOpensAt(now.minusDays(3));
            d.setClosesAt(now.plusDays(10));
            d.setRequiredDocuments("");
            d.setRubric(new ArrayList<>(List.of(new RubricLine("기술성", 50), new RubricLine("사업성", 50))));
            long id = programs.create(d);
            programs.publish(id);
            return id;
        });
    }

    private void submittedApplication(long programId) {
        String username = "stat-applicant-" + UUID.randomUUID();
        companies.verified("통계 신청 " + username.substring(15, 23) + " 주식회사", username);
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn(username, Roles.COMPANY);
            long application = applications.startApplication(programId);
            applications.submit(application, new ApplicationDraft("통계 과제", "불량률 절감", 10_000_000L));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private <T> T asOfficial(java.util.function.Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn("official", Roles.OFFICIAL);
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
