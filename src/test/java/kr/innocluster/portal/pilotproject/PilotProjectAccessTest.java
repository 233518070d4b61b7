package kr.innocluster.portal.pilotproject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static kr.innocluster.portal.pilotproject.PilotProjectFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every data-terms choice against every role, for every method that takes a project, run or file id: the company's
 * own members see and download everything; another company is told nothing exists; operators and officials see runs
 * and results but download run data only while the terms allow it; reviewers and anonymous visitors are refused
 * before anything is looked up. The public verification page and the case library show the published subset only.
 */
@IntegrationTest
class PilotProjectAccessTest {

    enum Outcome { OK, NOT_FOUND, REFUSED, DENIED }

    /** A terms choice of the matrix: scope, publication on the verification page, or withdrawn after verification. */
    record Choice(String name, DataScope scope, boolean publish, boolean withdrawn) {
    }

    static final List<Choice> CHOICES = List.of(
            new Choice("company only", DataScope.COMPANY_ONLY, false, false),
            new Choice("company only, published page", DataScope.COMPANY_ONLY, true, false),
            new Choice("staff", DataScope.STAFF, false, false),
            new Choice("staff, published page", DataScope.STAFF, true, false),
            new Choice("library", DataScope.ANONYMISED_LIBRARY, false, false),
            new Choice("library, published page", DataScope.ANONYMISED_LIBRARY, true, false),
            new Choice("withdrawn", DataScope.ANONYMISED_LIBRARY, true, true));

    /** username, role; null = anonymous. */
    static final List<String[]> ROLES = List.of(new String[]{"company", "company"},
            new String[]{"company2", "company"}, new String[]{"operator", "operator"},
            new String[]{"official", "official"}, new String[]{"reviewer", "reviewer"}, new String[]{null, null});

    @Autowired
    PilotProjectService projects;
    @Autowired
    PilotRunService runs;
    @Autowired
    PilotResultService results;
    @Autowired
    CaseLibraryService library;
    @Autowired
    PilotProjectFixtures fixtures;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void everyTermsChoiceAgainstEveryRoleForEveryIdAddressedMethod() {
        List<String> mismatches = new ArrayList<>();
        for (Choice choice : CHOICES) {
            PilotProjectFixtures.Verified p = fixtures.verified("접근 " + choice.name(), choice.scope(),
                    choice.publish());
            if (choice.withdrawn()) {
                as("company", "company", () -> {
                    projects.withdrawTerms(p.projectId());
                    return null;
                });
            }
            Map<String, Function<Void, Object>> methods = new LinkedHashMap<>();
            methods.put("details", v -> projects.details(p.projectId()));
            methods.put("termsHistory", v -> projects.termsHistory(p.projectId()));
            methods.put("runs", v -> runs.runs(p.projectId()));
            methods.put("results", v -> results.results(p.projectId()));
            methods.put("download", v -> runs.download(p.fileId()));
            methods.put("downloads", v -> runs.downloads(p.projectId()));
            methods.put("certificate", v -> results.certificate(p.projectId()));
            methods.put("upload", v -> runs.upload(p.runId(), PilotProjectFixtures.csv("more.csv", "a,b\n1,2\n")));
            for (String[] role : ROLES) {
                for (Map.Entry<String, Function<Void, Object>> method : methods.entrySet()) {
                    Outcome expected = expected(choice, role[0], method.getKey());
                    Outcome actual = outcome(role, method.getValue());
                    if (expected != actual) {
                        mismatches.add(choice.name() + " / " + role[0] + " / " + method.getKey() + ": expected "
                                + expected + " but was " + actual);
                    }
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** The rules of the issue, written out per role. */
    private static Outcome expected(Choice choice, String user, String method) {
        if (user == null || "reviewer".equals(user)) {
            return Outcome.DENIED;
        }
        if ("company2".equals(user)) {
            return Outcome.NOT_FOUND;
        }
        boolean staff = !"company".equals(user);
        return switch (method) {
            case "download" -> staff && (choice.withdrawn() || !choice.scope().staffMayDownload())
                    ? Outcome.REFUSED : Outcome.OK;
            case "certificate" -> choice.withdrawn() ? Outcome.REFUSED : Outcome.OK;
            case "upload" -> staff && choice.withdrawn() ? Outcome.REFUSED : Outcome.OK;
            default -> Outcome.OK;
        };
    }

    private static Outcome outcome(String[] role, Function<Void, Object> call) {
        try {
            if (role[0] == null) {
                TestUsers.signOut();
                call.apply(null);
            } else {
                as(role[0], role[1], () -> call.apply(null));
            }
            return Outcome.OK;
        } catch (NotFoundException e) {
            return Outcome.NOT_FOUND;
        } catch (RuleException e) {
            return Outcome.REFUSED;
        } catch (AccessDeniedException | AuthenticationException e) {
            return Outcome.DENIED;
        }
    }

    @Test
    void staffActionsAreRefusedToCompaniesAndCompanyActionsToStaff() {
        PilotProjectFixtures.Verified p = fixtures.running("역할", DataScope.STAFF, false);
        long hanbit = as("company", "company", () -> projects.details(p.projectId()).companyId());
        as("company", "company", () -> {
            assertThatThrownBy(() -> results.verify(p.projectId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> runs.logRun(p.projectId(), new RunLog(1, null, null, "x", null)))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
        as("company2", "company", () -> {
            assertThatThrownBy(() -> projects.withdrawTerms(p.projectId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> projects.narrowTerms(p.projectId(), DataScope.COMPANY_ONLY, false))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> projects.attachBooking(p.projectId(), 1)).isInstanceOf(NotFoundException.class);
            assertThat(projects.projectsOfCompany(hanbit)).isEmpty();
            return null;
        });
        as("operator", "operator", () -> {
            assertThatThrownBy(() -> projects.withdrawTerms(p.projectId())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> projects.publish(p.projectId())).isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void narrowingStopsStaffDownloadsAndWithdrawalEmptiesThePublicPageButKeepsPastDownloads() {
        PilotProjectFixtures.Verified p = fixtures.verified("철회", DataScope.ANONYMISED_LIBRARY, true);
        as("official", "official", () -> {
            projects.publish(p.projectId());
            runs.download(p.fileId());
            return null;
        });
        assertThat(library.cases(null, null, "철회", PageRequest.of(0, 50))).extracting(CaseStudy::id)
                .contains(p.projectId());
        assertThat(library.verification(p.code())).get().satisfies(v -> {
            assertThat(v.detailsPublished()).isTrue();
            assertThat(v.companyName()).isEqualTo("한빛정밀 주식회사");
            assertThat(v.kpis()).extracting(KpiView::met).containsExactly(true, true);
        });

        as("company", "company", () -> {
            assertThatThrownBy(() -> projects.narrowTerms(p.projectId(), DataScope.ANONYMISED_LIBRARY, true))
                    .isInstanceOf(RuleException.class);
            projects.narrowTerms(p.projectId(), DataScope.STAFF, true);
            return null;
        });
        assertThat(library.cases(null, null, "철회", PageRequest.of(0, 50))).extracting(CaseStudy::id)
                .doesNotContain(p.projectId());
        as("company", "company", () -> {
            assertThatThrownBy(() -> projects.narrowTerms(p.projectId(), DataScope.ANONYMISED_LIBRARY, true))
                    .isInstanceOf(RuleException.class).hasMessageContaining("pp.error.onlyNarrow");
            projects.narrowTerms(p.projectId(), DataScope.COMPANY_ONLY, true);
            return null;
        });
        as("operator", "operator", () -> {
            assertThatThrownBy(() -> runs.download(p.fileId())).isInstanceOf(RuleException.class)
                    .hasMessageContaining("pp.error.termsForbidDownload");
            assertThat(projects.details(p.projectId()).runs().getFirst().files().getFirst().downloadable())
                    .isFalse();
            return null;
        });

        as("company", "company", () -> {
            projects.withdrawTerms(p.projectId());
            assertThat(projects.details(p.projectId()).status()).isEqualTo(ProjectStatus.WITHDRAWN);
            assertThat(projects.termsHistory(p.projectId())).extracting(TermsState::scope, TermsState::withdrawn)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(DataScope.ANONYMISED_LIBRARY, false),
                            org.assertj.core.groups.Tuple.tuple(DataScope.STAFF, false),
                            org.assertj.core.groups.Tuple.tuple(DataScope.COMPANY_ONLY, false),
                            org.assertj.core.groups.Tuple.tuple(DataScope.COMPANY_ONLY, true));
            assertThat(runs.downloads(p.projectId())).extracting(DownloadRecord::role).containsExactly("official");
            return null;
        });
        assertThat(library.verification(p.code())).get().satisfies(v -> {
            assertThat(v.withdrawn()).isTrue();
            assertThat(v.companyName()).isNull();
            assertThat(v.kpis()).isEmpty();
        });
    }

    @Test
    void theVerificationPageShowsOnlyTheCodeAndDateWhenTheCompanyDidNotPublish() {
        PilotProjectFixtures.Verified p = fixtures.verified("비공개", DataScope.STAFF, false);
        assertThat(library.verification(p.code().toLowerCase().replace("-", ""))).get().satisfies(v -> {
            assertThat(v.detailsPublished()).isFalse();
            assertThat(v.verifiedAt()).isNotNull();
            assertThat(v.companyName()).isNull();
            assertThat(v.solution()).isNull();
            assertThat(v.kpis()).isEmpty();
        });
        assertThat(library.verification("ABCD-EFGH-JKMN")).isEmpty();
        as("official", "official", () -> {
            assertThatThrownBy(() -> projects.publish(p.projectId())).isInstanceOf(RuleException.class)
                    .hasMessageContaining("pp.error.termsForbidLibrary");
            return null;
        });
    }

    @Test
    void aBookingOfAnotherCompanyCannotBeAttachedAndRunDataIsContentChecked() {
        long mine = fixtures.open("남의 예약", DataScope.STAFF, false);
        PilotProjectFixtures.Verified other = fixtures.running("파일 검사", DataScope.STAFF, false);
        long bookingOfOther = as("company", "company",
                () -> projects.details(other.projectId()).bookings().getFirst().bookingId());
        as("company", "company", () -> {
            assertThatThrownBy(() -> projects.attachBooking(mine, bookingOfOther)).isInstanceOf(RuleException.class)
                    .hasMessageContaining("pp.error.bookingTaken");
            return null;
        });
        as("company2", "company", () -> {
            long theirs = projects.open(PilotProjectFixtures.form("새별 과제", DataScope.STAFF, false));
            assertThatThrownBy(() -> projects.attachBooking(theirs, bookingOfOther)).isInstanceOf(RuleException.class)
                    .hasMessageContaining("pp.error.bookingNotFound");
            return null;
        });
        as("operator", "operator", () -> {
            assertThatThrownBy(() -> runs.upload(other.runId(), PilotProjectFixtures.file("x.csv",
                    new byte[]{'a', 0, 'b'}))).hasMessageContaining("pp.error.fileType");
            assertThatThrownBy(() -> runs.upload(other.runId(), PilotProjectFixtures.csv("x.json", "a,b")))
                    .hasMessageContaining("pp.error.fileType");
            assertThatThrownBy(() -> runs.upload(other.runId(), PilotProjectFixtures.csv("x.parquet", "PAR1....")))
                    .hasMessageContaining("pp.error.fileType");
            assertThatThrownBy(() -> runs.upload(other.runId(), PilotProjectFixtures.csv("x.exe", "MZ")))
                    .hasMessageContaining("pp.error.fileType");
            RunFileView json = runs.upload(other.runId(), PilotProjectFixtures.csv("ok.json", " {\"a\":1}"));
            assertThat(json.sha256()).isEqualTo(sha256(" {\"a\":1}"));
            return null;
        });
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
