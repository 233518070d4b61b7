package kr.innocluster.portal.pilotproject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.pilotfactory.BookingService;
import kr.innocluster.portal.pilotfactory.BookingSummary;
import kr.innocluster.portal.pilotfactory.PilotFactoryFixtures;
import kr.innocluster.portal.pilotfactory.ResourceSummary;
import kr.innocluster.portal.security.TestUsers;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Pilot projects for tests, each step through the real services as the person who does it: 한빛정밀 (user
 * {@code company}) opens the project and attaches a booking of yesterday on a fresh resource, the operator logs the
 * run, hands over a CSV file, records the results and verifies them. The caller's security context is restored.
 */
@TestComponent
public class PilotProjectFixtures {

    private final PilotProjectService projects;
    private final PilotRunService runs;
    private final PilotResultService results;
    private final BookingService bookings;
    private final PilotFactoryFixtures factory;

    PilotProjectFixtures(PilotProjectService projects, PilotRunService runs, PilotResultService results,
                         BookingService bookings, PilotFactoryFixtures factory) {
        this.projects = projects;
        this.runs = runs;
        this.results = results;
        this.bookings = bookings;
        this.factory = factory;
    }

    /** What a verified project of the fixtures consists of. */
    public record Verified(long projectId, long runId, long fileId, String code) {
    }

    public static ProjectForm form(String title, DataScope scope, boolean publish) {
        ProjectForm form = new ProjectForm();
        form.setTitle(title);
        form.setSolution("시험 솔루션 " + title);
        form.setObjective("라인 속도에서 불량 검출률을 검증합니다.");
        form.setIndustry(PilotIndustry.PLASTICS);
        form.setTags(EnumSet.of(TechnologyTag.AI, TechnologyTag.VISION));
        form.setPlannedRuns(1);
        form.setKpis(List.of(new KpiTarget("불량 검출률", "%", KpiComparator.AT_LEAST, new BigDecimal("95")),
                new KpiTarget("검사 시간", "초", KpiComparator.AT_MOST, new BigDecimal("1.5"))));
        form.setScope(scope);
        form.setPublishVerification(publish);
        form.setTermsAgreed(true);
        return form;
    }

    /** 한빛정밀 opens a project with these terms. */
    public long open(String title, DataScope scope, boolean publish) {
        return as("company", "company", () -> projects.open(form(title, scope, publish)));
    }

    /** A project of 한빛정밀 with a logged run (an approved booking of yesterday) and a CSV handed over. */
    public Verified running(String title, DataScope scope, boolean publish) {
        long projectId = open(title, scope, publish);
        ResourceSummary line = factory.resource("실증과제 라인", d -> d.setOpeningHours(
                PilotFactoryFixtures.aroundTheClock()));
        long bookingId = factory.approvedYesterday(line.id(), 10);
        as("company", "company", () -> {
            projects.attachBooking(projectId, bookingId);
            return null;
        });
        BookingSummary booking = as("operator", "operator", () -> bookings.booking(bookingId));
        long runId = as("operator", "operator", () -> runs.logRun(projectId, new RunLog(bookingId,
                booking.startsAt().plusSeconds(300), booking.endsAt().minusSeconds(300), "라인 속도 40개/분",
                null)));
        long fileId = as("operator", "operator", () -> runs.upload(runId, csv("run.csv",
                "part,defect\nP1,1\nP2,0\n")).id());
        return new Verified(projectId, runId, fileId, null);
    }

    /** Like {@link #running}, with results recorded (both targets met) and verified by the operator. */
    public Verified verified(String title, DataScope scope, boolean publish) {
        Verified running = running(title, scope, publish);
        String code = as("operator", "operator", () -> {
            List<KpiView> kpis = results.results(running.projectId());
            results.recordResults(running.projectId(), List.of(
                    new KpiResult(kpis.get(0).id(), new BigDecimal("97.5"), "검사원 판정과 대조"),
                    new KpiResult(kpis.get(1).id(), new BigDecimal("1.1"), "MES 타임스탬프 평균")));
            return results.verify(running.projectId());
        });
        return new Verified(running.projectId(), running.runId(), running.fileId(), code);
    }

    public static UploadedFile csv(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public static UploadedFile file(String name, byte[] content) {
        try {
            Path path = Files.createTempFile("pp-test", ".data");
            Files.write(path, content);
            path.toFile().deleteOnExit();
            return new UploadedFile(name, "application/octet-stream", path, content.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T as(String username, String role, Supplier<T> step) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn(username, role);
            return step.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
