package kr.innocluster.portal.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.program.ApplicationService;
import kr.innocluster.portal.program.FileType;
import kr.innocluster.portal.program.ProgramCategory;
import kr.innocluster.portal.program.ProgramDraft;
import kr.innocluster.portal.program.ProgramService;
import kr.innocluster.portal.program.RubricLine;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real HTTP responses of the running portal carry the security headers: the public landing page (which on main came
 * back with only Vaadin's {@code X-Frame-Options: SAMEORIGIN}), a signed-in view, a static resource and a document
 * download. The download of {@code 사업계획서.hta} whose content is a PDF is named {@code .pdf}.
 */
class SecurityHeadersTest extends BrowserTestBase {

    @Autowired
    ProgramService programs;
    @Autowired
    ApplicationService applications;

    @AfterEach
    void signOutOfServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void thePublicLandingPageAndAStaticResourceCarryTheHeaders() {
        APIResponse landing = context.request().get(baseUrl() + "/");
        assertThat(landing.status()).isEqualTo(200);
        assertSecurityHeaders("landing /", landing.headers());
        assertThat(landing.headers().get("x-frame-options")).isEqualToIgnoringCase("DENY");

        // the bootstrap page references Vaadin's static resources; one of them, and the portal's own stylesheet
        Matcher script = Pattern.compile("(?:src|href)=\"(?:\\./|/)?(VAADIN/[^\"]+)\"").matcher(landing.text());
        assertThat(script.find()).as("the landing page references a VAADIN resource").isTrue();
        APIResponse bundle = context.request().get(baseUrl() + "/" + script.group(1));
        assertThat(bundle.status()).isEqualTo(200);
        assertSecurityHeaders("static " + script.group(1), bundle.headers());
        APIResponse styles = context.request().get(baseUrl() + "/styles.css");
        assertThat(styles.status()).isEqualTo(200);
        assertSecurityHeaders("static /styles.css", styles.headers());

        // what Spring Security answers itself: the redirect of a visitor to the sign-in
        APIResponse redirect = context.request().get(baseUrl() + "/home", RequestOptions.create().setMaxRedirects(0));
        assertThat(redirect.status()).isEqualTo(302);
        assertSecurityHeaders("redirect to sign-in", redirect.headers());
    }

    @Test
    void aSignedInViewAndADocumentDownloadCarryTheHeadersAndTheDetectedExtension() throws IOException {
        long applicationId = applicationWithMisnamedPdf();
        loginAs("company");

        Response view = page.navigate(baseUrl() + "/my-applications/" + applicationId);
        assertThat(view.status()).isEqualTo(200);
        assertSecurityHeaders("signed-in view", view.allHeaders());
        APIResponse home = context.request().get(baseUrl() + "/home");
        assertSecurityHeaders("signed-in /home", home.headers());

        Locator link = page.locator(".program-document-link a").first();
        assertThat(link).isVisible();
        String href = link.getAttribute("href");
        APIResponse download = context.request().get(baseUrl() + "/" + href.replaceFirst("^/", ""));
        assertThat(download.status()).isEqualTo(200);
        assertSecurityHeaders("download", download.headers());
        assertThat(download.headers().get("content-type")).startsWith("application/pdf");
        String disposition = download.headers().get("content-disposition");
        assertThat(disposition).contains("attachment").doesNotContain(".hta");
        assertThat(java.net.URLDecoder.decode(disposition, StandardCharsets.UTF_8)).contains("사업계획서.pdf");
        assertThat(new String(download.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    static void assertSecurityHeaders(String what, Map<String, String> headers) {
        List<String> problems = new ArrayList<>();
        String csp = headers.get("content-security-policy");
        if (csp == null) {
            problems.add("no Content-Security-Policy");
        } else {
            for (String directive : List.of("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                    "base-uri 'self'")) {
                if (!csp.contains(directive)) {
                    problems.add("CSP lacks " + directive);
                }
            }
        }
        expect(problems, headers, "x-content-type-options", "nosniff");
        expect(problems, headers, "referrer-policy", "same-origin");
        if (headers.get("permissions-policy") == null || !headers.get("permissions-policy").contains("camera=()")) {
            problems.add("no Permissions-Policy");
        }
        if (headers.get("x-frame-options") == null) {
            problems.add("no X-Frame-Options");
        }
        assertThat(problems).as(what + " " + headers).isEmpty();
    }

    private static void expect(List<String> problems, Map<String, String> headers, String name, String value) {
        if (!value.equalsIgnoreCase(headers.get(name))) {
            problems.add(name + " is " + headers.get(name) + ", expected " + value);
        }
    }

    /** An open program accepting PDF; the demo company's application with a PDF uploaded under a {@code .hta} name. */
    private long applicationWithMisnamedPdf() throws IOException {
        TestUsers.signIn("official", "official");
        ProgramDraft draft = new ProgramDraft();
        draft.setTitle("보안 헤더 점검 사업 " + UUID.randomUUID().toString().substring(0, 8));
        draft.setHostOrganisation("대구테크노파크");
        draft.setCategory(ProgramCategory.MANUFACTURING_AX);
        draft.setDescription("다운로드 이름 점검");
        draft.setTotalBudget(100_000_000L);
        draft.setMaxGrant(10_000_000L);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul"));
        draft.setOpensAt(now.minusDays(1));
        draft.setClosesAt(now.plusDays(10));
        draft.setFileTypes(Set.of(FileType.PDF));
        draft.setMaxFileMb(5);
        draft.setRequiredDocuments("사업계획서");
        draft.setRubric(new ArrayList<>(List.of(new RubricLine("기술성", 50), new RubricLine("사업성", 50))));
        long programId = programs.create(draft);
        programs.publish(programId);

        TestUsers.signIn("company", "company");
        long applicationId = applications.startApplication(programId);
        Path temp = Files.createTempFile("headers-test-", ".upload");
        try {
            byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
            Files.write(temp, pdf);
            applications.upload(applicationId, "사업계획서",
                    new UploadedFile("사업계획서.hta", "application/hta", temp, pdf.length));
        } finally {
            Files.deleteIfExists(temp);
        }
        SecurityContextHolder.clearContext();
        return applicationId;
    }
}
