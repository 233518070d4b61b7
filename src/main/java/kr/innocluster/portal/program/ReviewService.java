package kr.innocluster.portal.program;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import com.vaadin.flow.i18n.I18NProvider;
import kr.innocluster.portal.base.LanguagePreference;
import kr.innocluster.portal.base.i18n.PortalI18NProvider;
import kr.innocluster.portal.program.domain.ApplicationDocument;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.program.domain.GrantApplication;
import kr.innocluster.portal.program.domain.ProgramReviewer;
import kr.innocluster.portal.program.domain.ProgramReviewerRepository;
import kr.innocluster.portal.program.domain.ReviewAssignment;
import kr.innocluster.portal.program.domain.ReviewAssignmentRepository;
import kr.innocluster.portal.program.domain.ReviewConflict;
import kr.innocluster.portal.program.domain.ReviewConflictRepository;
import kr.innocluster.portal.program.domain.RubricItem;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A reviewer's side: only their own assignments, scores 1-5 per rubric item with a comment, submission (then
 * read-only), and declaring a conflict of interest. Under blind review the company's name is never handed out.
 */
@Service
public class ReviewService {

    private final ReviewAssignmentRepository assignments;
    private final ReviewConflictRepository conflicts;
    private final ProgramReviewerRepository reviewers;
    private final ApplicationMapper mapper;
    private final DocumentUploads uploads;
    private final I18NProvider i18n;
    private final LanguagePreference languages;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(ReviewAssignmentRepository assignments, ReviewConflictRepository conflicts,
                  ProgramReviewerRepository reviewers, ApplicationMapper mapper, AuditTrail audit,
                  DocumentUploads uploads, I18NProvider i18n, LanguagePreference languages,
                  CurrentUser currentUser, Clock clock) {
        this.uploads = uploads;
        this.i18n = i18n;
        this.languages = languages;
        this.assignments = assignments;
        this.conflicts = conflicts;
        this.reviewers = reviewers;
        this.mapper = mapper;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Adds the signed-in reviewer to the pool officials assign from (or refreshes their name). */
    @RolesAllowed(Roles.REVIEWER)
    @Transactional
    public void registerMe() {
        PortalUser user = currentUser.require();
        reviewers.findById(user.subject()).ifPresentOrElse(r -> r.update(user.displayName(), user.email()),
                () -> reviewers.save(new ProgramReviewer(user.subject(), user.displayName(), user.email(),
                        clock.instant())));
    }

    @RolesAllowed(Roles.REVIEWER)
    @Transactional(readOnly = true)
    public Page<AssignmentSummary> myAssignments(Pageable pageable) {
        return assignments.findByReviewer(currentUser.require().subject(), pageable).map(r -> {
            GrantApplication a = r.getApplication();
            return new AssignmentSummary(r.getId(), a.getId(), a.getProgram().getTitle(), companyFor(a),
                    a.getProjectTitle(), !r.isOpen(), r.getAssignedAt());
        });
    }

    @RolesAllowed(Roles.REVIEWER)
    @Transactional(readOnly = true)
    public long myOpenAssignmentCount() {
        return assignments.countByReviewerSubjectAndStatus(currentUser.require().subject(), ReviewAssignment.ASSIGNED);
    }

    @RolesAllowed(Roles.REVIEWER)
    @Transactional(readOnly = true)
    public ReviewSheet sheet(long assignmentId) {
        return sheetOf(own(assignmentId));
    }

    /** Saves scores (1-5 each) and comments; allowed until the review is submitted. */
    @RolesAllowed(Roles.REVIEWER)
    @Transactional
    public ReviewSheet saveScores(long assignmentId, List<ScoreLine> lines, String overallComment) {
        ReviewAssignment assignment = openOwn(assignmentId);
        record(assignment, lines, overallComment);
        return sheetOf(assignment);
    }

    /**
     * Saves the scores and submits the review in one step: every item must be scored; afterwards the sheet is
     * read-only. A refused submission saves nothing.
     */
    @RolesAllowed(Roles.REVIEWER)
    @Transactional
    public void submit(long assignmentId, List<ScoreLine> lines, String overallComment) {
        ReviewAssignment assignment = openOwn(assignmentId);
        record(assignment, lines, overallComment);
        ReviewSheet sheet = sheetOf(assignment);
        if (sheet.lines().stream().anyMatch(l -> l.score() == null)) {
            throw new RuleException("program.error.scoresMissing");
        }
        assignment.submit(clock.instant());
        GrantApplication application = assignment.getApplication();
        audit.record(application.getProgram().getId(), application.getId(), AuditAction.REVIEW_SUBMITTED,
                assignment.getReviewer().getDisplayName() + ": " + sheet.weightedTotal());
    }

    /** Declares a conflict of interest with the applying company: this review ends, no future assignments. */
    @RolesAllowed(Roles.REVIEWER)
    @Transactional
    public void declareConflict(long assignmentId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleException.onField("reason", "program.validation.reason");
        }
        ReviewAssignment assignment = openOwn(assignmentId);
        GrantApplication application = assignment.getApplication();
        String subject = currentUser.require().subject();
        if (!conflicts.existsByReviewerSubjectAndCompanyId(subject, application.getCompanyId())) {
            conflicts.save(new ReviewConflict(subject, application.getCompanyId(), reason.strip(), clock.instant()));
        }
        assignment.declareConflict();
        audit.record(application.getProgram().getId(), application.getId(), AuditAction.CONFLICT_DECLARED,
                assignment.getReviewer().getDisplayName() + ": " + reason.strip());
    }

    private void record(ReviewAssignment assignment, List<ScoreLine> lines, String overallComment) {
        List<RubricItem> rubric = assignment.getApplication().getProgram().getRubric();
        for (ScoreLine line : lines) {
            RubricItem item = rubric.stream().filter(r -> r.getId() == line.rubricItemId()).findFirst()
                    .orElseThrow(ProgramRefusals::notFound);
            if (line.score() != null) {
                if (line.score() < 1 || line.score() > 5) {
                    throw RuleException.onField("score" + item.getId(), "program.validation.score");
                }
                assignment.score(item, line.score(), line.comment());
            }
        }
        assignment.comment(overallComment);
        assignments.flush();
    }

    private ReviewAssignment own(long assignmentId) {
        return assignments.findOwn(assignmentId, currentUser.require().subject())
                .orElseThrow(ProgramRefusals::notFound);
    }

    private ReviewAssignment openOwn(long assignmentId) {
        ReviewAssignment assignment = own(assignmentId);
        if (!assignment.isOpen()) {
            throw new RuleException("program.error.reviewSubmitted");
        }
        return assignment;
    }

    private ReviewSheet sheetOf(ReviewAssignment assignment) {
        GrantApplication a = assignment.getApplication();
        return new ReviewSheet(assignment.getId(), a.getId(), a.getProgram().getTitle(), companyFor(a),
                a.getProjectTitle(), a.getSummary(), a.getRequestedAmount(), a.getProgram().getPassThreshold(),
                ReviewScores.lines(a.getProgram().getRubric(), assignment), assignment.getOverallComment(),
                !assignment.isOpen(), blindDocuments(a));
    }

    /**
     * One of the application's documents for its assigned reviewer, under the neutral name the review sheet lists
     * ({@link #blindDocuments}): the uploaded file name (often the company's name) never reaches the reviewer.
     */
    @RolesAllowed(Roles.REVIEWER)
    @Transactional(readOnly = true)
    public StoredDocument openDocument(long assignmentId, long documentId) {
        GrantApplication application = own(assignmentId).getApplication();
        DocumentInfo info = blindDocuments(application).stream().filter(d -> d.id() == documentId).findFirst()
                .orElseThrow(ProgramRefusals::notFound);
        ApplicationDocument document = application.getDocuments().stream()
                .filter(d -> d.getId() == documentId).findFirst().orElseThrow(ProgramRefusals::notFound);
        StoredDocument stored = uploads.open(document);
        return new StoredDocument(info.fileName(), stored.contentType(), stored.size(), stored.content());
    }

    /**
     * Blind review: documents under neutral names, the document type and its number ("사업계획서 1.pdf", the
     * extension from the detected type), in the reviewer's language for "other documents".
     */
    private List<DocumentInfo> blindDocuments(GrantApplication application) {
        Locale locale = PortalI18NProvider.supported(languages.currentUserLanguage().orElse(PortalI18NProvider.KOREAN));
        Map<String, Integer> numbers = new HashMap<>();
        List<DocumentInfo> blind = new ArrayList<>();
        for (DocumentInfo d : mapper.documents(application)) {
            int number = numbers.merge(d.requirement(), 1, Integer::sum);
            String type = d.other() ? i18n.getTranslation("program.documents.other", locale) : d.requirement();
            blind.add(new DocumentInfo(d.id(), d.requirement(),
                    type + " " + number + "." + d.fileType().name().toLowerCase(Locale.ROOT), d.fileType(),
                    d.sizeBytes(), d.uploadedAt()));
        }
        return blind;
    }

    /** Blind review: the reviewer never gets the company's identity. */
    private static String companyFor(GrantApplication application) {
        return application.getProgram().isBlindReview() ? null : application.getCompanyName();
    }
}
