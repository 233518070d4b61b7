package kr.innocluster.portal.pilotproject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.pilotfactory.Attendance;
import kr.innocluster.portal.pilotfactory.BookingService;
import kr.innocluster.portal.pilotfactory.BookingStatus;
import kr.innocluster.portal.pilotfactory.BookingSummary;
import kr.innocluster.portal.security.DemoUsers;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.security.RunAs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Pilot projects on the pilot factory's demo bookings (its demo data runs first, @Order(40)), in every state: 한빛정밀
 * has a published case (in the library, with a certificate and run data) and a running one; 새별로보틱스 a verified
 * one (published on the verification page only) and a planned one. Built through the real services, each step as the
 * person who does it. Idempotent: a company that has projects gets none.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "portal.demo-data.enabled", havingValue = "true")
class PilotProjectDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PilotProjectDemoData.class);

    private final PilotProjectService projects;
    private final PilotRunService runs;
    private final PilotResultService results;
    private final BookingService bookings;
    private final Clock clock;

    PilotProjectDemoData(PilotProjectService projects, PilotRunService runs, PilotResultService results,
                         BookingService bookings, Clock clock) {
        this.clock = clock;
        this.projects = projects;
        this.runs = runs;
        this.results = results;
        this.bookings = bookings;
    }

    private static RunAs company() {
        return RunAs.user(DemoUsers.COMPANY, "최민준").withRoles(Roles.COMPANY);
    }

    private static RunAs company2() {
        return RunAs.user(DemoUsers.COMPANY2, "정하은").withRoles(Roles.COMPANY);
    }

    private static RunAs operator() {
        return RunAs.user(DemoUsers.OPERATOR, "이도현").withRoles(Roles.OPERATOR);
    }

    private static RunAs official() {
        return RunAs.user(DemoUsers.OFFICIAL, "김정민").withRoles(Roles.OFFICIAL);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (company().call(projects::count) == 0) {
            hanbit();
        }
        if (company2().call(projects::count) == 0) {
            saebyeol();
        }
    }

    private void hanbit() {
        List<BookingSummary> mine = company().call(this::liveBookings);
        Optional<BookingSummary> vision = past(mine, "AI 비전");
        Optional<BookingSummary> cnc = past(mine, "CNC");
        if (vision.isEmpty() || cnc.isEmpty()) {
            return;
        }
        long published = company().call(() -> projects.open(form("사출 부품 외관 결함 딥러닝 검출 실증",
                "딥러닝 외관검사 솔루션 HB-Vision v2",
                "사출 성형 부품의 스크래치·찍힘·미성형을 실제 라인 속도(분당 40개)에서 딥러닝 비전으로 검출해, 육안 검사 대비 "
                        + "검출률과 검사 속도를 검증합니다.",
                PilotIndustry.PLASTICS, EnumSet.of(TechnologyTag.AI, TechnologyTag.VISION), 2,
                DataScope.ANONYMISED_LIBRARY, true,
                List.of(kpi("불량 검출률", "%", KpiComparator.AT_LEAST, "95"),
                        kpi("과검출률", "%", KpiComparator.AT_MOST, "3"),
                        kpi("부품당 검사 시간", "초", KpiComparator.AT_MOST, "1.5")))));
        company().run(() -> projects.attachBooking(published, vision.get().id()));
        long run = logRun(published, vision.get(), "라인 속도 40개/분, 조도 1,200 lx, 시편 500개(불량 62개 포함)",
                "10시 20분 조명 컨트롤러 재시작으로 6분 중단");
        operator().run(() -> runs.upload(run, csv("vision-run-1.csv",
                "part_id,defect_true,defect_pred,score,inspect_ms\nP0001,1,1,0.98,1120\nP0002,0,0,0.03,1090\n"
                        + "P0003,0,1,0.61,1135\nP0004,1,1,0.91,1101\n")));
        operator().run(() -> runs.upload(run, zip("vision-run-1-images-meta.zip")));
        record(published, List.of("97.2", "2.1", "1.12"), List.of(
                "불량 62개 포함 시편 500개, 검사원 2인 판정과 대조", "양품 438개 중 과검출 9개",
                "MES 타임스탬프로 500개 평균"));
        operator().run(() -> results.verify(published));
        official().run(() -> projects.publish(published));
        company().run(() -> runs.download(fileOf(published)));

        long running = company().call(() -> projects.open(form("CNC 공구 마모 예측 예지보전 실증",
                "예지보전 솔루션 ToolCare", "머시닝센터 3대의 진동·전류 데이터로 공구 마모를 예측해 돌발 파손과 불필요한 "
                        + "조기 교체를 줄일 수 있는지 검증합니다.",
                PilotIndustry.METAL, EnumSet.of(TechnologyTag.IOT, TechnologyTag.AI, TechnologyTag.BIG_DATA), 3,
                DataScope.STAFF, false,
                List.of(kpi("마모 예측 정확도", "%", KpiComparator.AT_LEAST, "90"),
                        kpi("공구 교체 주기 연장", "%", KpiComparator.AT_LEAST, "15")))));
        company().run(() -> projects.attachBooking(running, cnc.get().id()));
        long cncRun = logRun(running, cnc.get(), "S45C 소재, 주축 8,000 rpm, 이송 1,200 mm/min, 엔드밀 6개", null);
        operator().run(() -> runs.upload(cncRun, json("cnc-sensor-run-1.json",
                "{\"machine\":\"MC-2\",\"samples\":[{\"t\":0,\"vib_rms\":0.42,\"current_a\":11.8},"
                        + "{\"t\":1,\"vib_rms\":0.44,\"current_a\":11.9}]}")));
        log.info("[demo] pilot projects for 한빛정밀 (published, running)");
    }

    private void saebyeol() {
        List<BookingSummary> mine = company2().call(this::liveBookings);
        Optional<BookingSummary> vision = past(mine, "AI 비전");
        Optional<BookingSummary> upcoming = mine.stream()
                .filter(b -> b.attendance() == null && b.startsAt().isAfter(clock.instant())).findFirst();
        if (vision.isEmpty()) {
            return;
        }
        long verified = company2().call(() -> projects.open(form("로봇 그리퍼 부품 외관 검사 자동화",
                "SB-Inspect 비전 모듈", "그리퍼 핑거 가공품의 버·치수 불량을 비전 모듈로 자동 판정해 검사 인력을 "
                        + "줄일 수 있는지 검증합니다.",
                PilotIndustry.MACHINERY, EnumSet.of(TechnologyTag.VISION, TechnologyTag.ROBOTICS), 1,
                DataScope.STAFF, true,
                List.of(kpi("불량 판정 정확도", "%", KpiComparator.AT_LEAST, "93"),
                        kpi("시간당 검사 수량", "개", KpiComparator.AT_LEAST, "1200")))));
        company2().run(() -> projects.attachBooking(verified, vision.get().id()));
        logRun(verified, vision.get(), "가공품 300개, 컨베이어 0.3 m/s, 링 조명", null);
        record(verified, List.of("94.7", "1180"), List.of("검사원 판정 300개와 대조",
                "3시간 운영 중 정상 가동 구간 평균"));
        official().run(() -> results.verify(verified));

        long planned = company2().call(() -> projects.open(form("협동로봇 경로 최적화 강화학습 실증",
                "RL 기반 경로계획 엔진", "픽앤플레이스 경로를 강화학습으로 최적화해 사이클 타임을 줄일 수 있는지 "
                        + "협동로봇 셀에서 검증합니다.",
                PilotIndustry.AUTOMOTIVE_PARTS, EnumSet.of(TechnologyTag.ROBOTICS, TechnologyTag.AI,
                        TechnologyTag.DIGITAL_TWIN), 2, DataScope.COMPANY_ONLY, false,
                List.of(kpi("사이클 타임", "초", KpiComparator.AT_MOST, "8.5")))));
        upcoming.ifPresent(b -> company2().run(() -> projects.attachBooking(planned, b.id())));
        log.info("[demo] pilot projects for 새별로보틱스 (verified, planned)");
    }

    private List<BookingSummary> liveBookings() {
        return bookings.myBookings(PageRequest.of(0, 100, Sort.by("startsAt"))).getContent().stream()
                .filter(b -> b.status().holdsSlot()).toList();
    }

    private static Optional<BookingSummary> past(List<BookingSummary> mine, String resourcePrefix) {
        return mine.stream().filter(b -> b.status() == BookingStatus.APPROVED
                && b.attendance() == Attendance.CHECKED_IN && b.resourceName().startsWith(resourcePrefix)).findFirst();
    }

    private long logRun(long projectId, BookingSummary booking, String conditions, String deviations) {
        return operator().call(() -> runs.logRun(projectId, new RunLog(booking.id(),
                booking.startsAt().plusSeconds(600), booking.endsAt().minusSeconds(300), conditions, deviations)));
    }

    private void record(long projectId, List<String> measured, List<String> methods) {
        operator().run(() -> {
            List<KpiView> kpis = results.results(projectId);
            results.recordResults(projectId, java.util.stream.IntStream.range(0, kpis.size())
                    .mapToObj(i -> new KpiResult(kpis.get(i).id(), new BigDecimal(measured.get(i)), methods.get(i)))
                    .toList());
        });
    }

    private long fileOf(long projectId) {
        return company().call(() -> runs.runs(projectId).getFirst().files().getFirst().id());
    }

    @SuppressWarnings("java:S107")
    private static ProjectForm form(String title, String solution, String objective, PilotIndustry industry,
                                    EnumSet<TechnologyTag> tags, int plannedRuns, DataScope scope, boolean publish,
                                    List<KpiTarget> kpis) {
        ProjectForm form = new ProjectForm();
        form.setTitle(title);
        form.setSolution(solution);
        form.setObjective(objective);
        form.setIndustry(industry);
        form.setTags(tags);
        form.setPlannedRuns(plannedRuns);
        form.setKpis(kpis);
        form.setScope(scope);
        form.setPublishVerification(publish);
        form.setTermsAgreed(true);
        return form;
    }

    private static KpiTarget kpi(String name, String unit, KpiComparator comparator, String target) {
        return new KpiTarget(name, unit, comparator, new BigDecimal(target));
    }

    private static UploadedFile csv(String name, String content) {
        return file(name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    private static UploadedFile json(String name, String content) {
        return file(name, "application/json", content.getBytes(StandardCharsets.UTF_8));
    }

    private static UploadedFile zip(String name) {
        try {
            Path path = Files.createTempFile("pp-demo", ".zip");
            try (OutputStream out = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("images_meta.csv"));
                zip.write("image,label,bbox\nimg_0001.png,scratch,12 40 88 61\n".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("summary.json"));
                zip.write("{\"images\":500,\"defects\":62}".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            path.toFile().deleteOnExit();
            return new UploadedFile(name, "application/zip", path, Files.size(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UploadedFile file(String name, String type, byte[] content) {
        try {
            Path path = Files.createTempFile("pp-demo", ".data");
            Files.write(path, content);
            path.toFile().deleteOnExit();
            return new UploadedFile(name, type, path, content.length);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
