package kr.innocluster.portal.program;

import java.io.InputStream;
import java.util.List;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Blind review: a reviewer sees and downloads an application's documents under neutral names (document type and
 * number), never the uploaded file name, which often carries the company's name.
 */
@IntegrationTest
class BlindReviewDocumentsTest {

    @Autowired
    ProgramFixtures fixtures;
    @Autowired
    ApplicationService applications;
    @Autowired
    IntakeService intake;
    @Autowired
    ReviewService reviews;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void reviewersSeeDocumentTypeAndNumberInTheListAndTheDownload() throws Exception {
        long programId = fixtures.openProgram(ProgramFixtures.draft(ProgramFixtures.unique("블라인드 심사"),
                500_000_000L, 50_000_000L));
        String company = fixtures.newCompanyUser("blind");
        TestUsers.signIn(company, "company");
        long id = applications.startApplication(programId);
        applications.upload(id, "사업계획서", ProgramFixtures.pdf("블라인드정밀_사업계획서_최종.pdf"));
        applications.upload(id, "사업계획서", ProgramFixtures.pdf("블라인드정밀_사업계획서_부록.pdf"));
        applications.upload(id, DocumentInfo.OTHER, ProgramFixtures.pdf("블라인드정밀 대표 이력서.pdf"));
        applications.submit(id, ProgramFixtures.application("AI 비전검사 실증", 40_000_000L));
        String reviewer = "blind-reviewer-" + System.nanoTime();
        fixtures.registerReviewer(reviewer);
        TestUsers.signIn("official", "official");
        intake.accept(id);
        intake.assign(id, TestUsers.subjectOf(reviewer));

        TestUsers.signIn(reviewer, "reviewer");
        long assignment = reviews.myAssignments(PageRequest.of(0, 100)).stream()
                .filter(a -> a.applicationId() == id).findFirst().orElseThrow().assignmentId();
        List<DocumentInfo> listed = reviews.sheet(assignment).documents();

        assertThat(listed).extracting(DocumentInfo::fileName)
                .containsExactly("사업계획서 1.pdf", "사업계획서 2.pdf", "기타 서류 1.pdf");
        StoredDocument download = reviews.openDocument(assignment, listed.getFirst().id());
        assertThat(download.fileName()).isEqualTo("사업계획서 1.pdf");
        try (InputStream content = download.content().get()) {
            assertThat(new String(content.readNBytes(5))).isEqualTo("%PDF-");
        }

        // another reviewer's assignment, or a document of another application, is not found
        TestUsers.signIn("other-" + reviewer, "reviewer");
        assertThatThrownBy(() -> reviews.openDocument(assignment, listed.getFirst().id()))
                .isInstanceOf(NotFoundException.class);
    }
}
