package kr.innocluster.portal.grant;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.Message;
import kr.innocluster.portal.base.Money;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.storage.FileStorage;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.company.BusinessNumber;
import kr.innocluster.portal.grant.domain.ActivityStore;
import kr.innocluster.portal.grant.domain.ProjectRow;
import kr.innocluster.portal.grant.domain.ProjectStore;
import kr.innocluster.portal.program.AgreedGrants;
import kr.innocluster.portal.program.AuditAction;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Spending (집행): the company records expenses against the budget lines of the agreement in force, with evidence;
 * officials accept or disallow (불인정) them. A line is never overspent: the database takes each amount from the
 * line's room in one conditional statement ({@link ProjectStore#spend}), so concurrent entries cannot pass the cap.
 */
@Service
public class ExpenseService {

    private final ProjectStore projects;
    private final ActivityStore activity;
    private final GrantAccess access;
    private final AgreedGrants agreedGrants;
    private final FileStorage storage;
    private final GrantNotices notices;
    private final Clock clock;

    ExpenseService(ProjectStore projects, ActivityStore activity, GrantAccess access, AgreedGrants agreedGrants,
                   FileStorage storage, GrantNotices notices, Clock clock) {
        this.projects = projects;
        this.activity = activity;
        this.access = access;
        this.agreedGrants = agreedGrants;
        this.storage = storage;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Records an expense: within the project period, on a line of the project, a valid supplier business number,
     * paid by grant card or bank transfer. The allowable amount is the supply amount, plus the VAT only when the
     * company cannot deduct input VAT (refundable VAT is not an allowable cost).
     */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public long record(long projectId, ExpenseForm form) {
        ProjectRow p = access.forCompany(projectId);
        if (p.status() != ProjectStatus.ACTIVE) {
            throw new RuleException("grant.error.notSpending");
        }
        List<BudgetLineView> lines = projects.lines(projectId);
        Map<String, Message> errors = new LinkedHashMap<>();
        BudgetLineView line = form.lineId() == null ? null
                : lines.stream().filter(l -> l.id() == form.lineId()).findFirst().orElse(null);
        if (line == null) {
            errors.put("line", Message.of("grant.validation.line"));
        }
        if (form.spentOn() == null) {
            errors.put("spentOn", Message.of("grant.validation.required"));
        } else if (form.spentOn().isBefore(p.periodStart()) || form.spentOn().isAfter(p.periodEnd())) {
            errors.put("spentOn", Message.of("grant.validation.outsidePeriod", p.periodStart(), p.periodEnd()));
        }
        if (form.supplierName() == null || form.supplierName().isBlank()) {
            errors.put("supplierName", Message.of("grant.validation.required"));
        }
        BusinessNumber.problem(form.supplierNumber())
                .ifPresent(problem -> errors.put("supplierNumber", Message.of(problem.messageKey())));
        if (form.supplyAmount() == null || form.supplyAmount() <= 0) {
            errors.put("supplyAmount", Message.of("grant.validation.positive"));
        }
        if (form.vat() == null || form.vat() < 0) {
            errors.put("vat", Message.of("grant.validation.amount"));
        } else if (form.supplyAmount() != null && form.vat() > form.supplyAmount()) {
            errors.put("vat", Message.of("grant.validation.vat"));
        }
        if (form.paymentMethod() == null) {
            errors.put("paymentMethod", Message.of("grant.validation.required"));
        } else if (!form.paymentMethod().allowable()) {
            errors.put("paymentMethod", Message.of("grant.validation.cash"));
        }
        if (form.description() == null || form.description().isBlank()) {
            errors.put("description", Message.of("grant.validation.required"));
        }
        if (!errors.isEmpty()) {
            throw RuleException.invalidFields(ContractRules.INVALID, errors);
        }
        long amount = form.supplyAmount() + (p.deductsInputVat() ? 0 : form.vat());
        if (!projects.spend(projectId, line.id(), amount)) {
            long left = projects.lines(projectId).stream().filter(l -> l.id() == line.id()).findFirst()
                    .map(BudgetLineView::left).orElse(0L);
            throw ConflictException.onField("supplyAmount", "grant.error.overBudget", line.category(),
                    Money.won(left), Money.won(amount));
        }
        return activity.insertExpense(projectId, line.id(), form.spentOn(), form.supplierName().strip(),
                BusinessNumber.normalize(form.supplierNumber()), form.supplyAmount(), form.vat(), amount,
                form.paymentMethod(), form.description().strip(), access.actorName(), clock.instant());
    }

    /** Attaches an evidence file (PDF, JPEG or PNG, told from its content) to one of the company's expenses. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public FileView attachEvidence(long expenseId, UploadedFile file) {
        ActivityStore.ExpenseRow expense = activity.expense(expenseId).orElseThrow(GrantAccess::notFound);
        ProjectRow p = access.forCompany(expense.projectId());
        if (p.status().settled()) {
            throw new RuleException("grant.error.wrongStatus");
        }
        EvidenceFormat format = EvidenceFormat.of(file);
        String key;
        try (var in = file.open()) {
            key = storage.store(in, EvidenceFormat.MAX_MB * 1024L * 1024L);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String name = file.safeName("evidence");
        long id = activity.insertFile(p.id(), ActivityStore.EXPENSE, expenseId, name, format.contentType(),
                file.size(), key, clock.instant());
        return new FileView(id, name, file.size());
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public List<ExpenseView> expenses(long projectId, int offset, int limit) {
        return activity.expenses(access.visible(projectId).id(), offset, limit);
    }

    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public int countExpenses(long projectId) {
        return activity.countExpenses(access.visible(projectId).id());
    }

    /** An evidence file or report attachment, for officials and the project's company. */
    @RolesAllowed({Roles.OFFICIAL, Roles.COMPANY})
    @Transactional(readOnly = true)
    public StoredFile openFile(long fileId) {
        ActivityStore.FileRow f = activity.file(fileId).orElseThrow(GrantAccess::notFound);
        access.visible(f.projectId());
        return new StoredFile(f.fileName(), f.contentType(), f.size(), () -> storage.open(f.storageKey()));
    }

    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void accept(long expenseId) {
        ActivityStore.ExpenseRow e = activity.expense(expenseId).orElseThrow(GrantAccess::notFound);
        ProjectRow p = access.forOfficial(e.projectId());
        if (!activity.review(expenseId, ExpenseStatus.SUBMITTED, ExpenseStatus.ACCEPTED, null, access.actorName(),
                clock.instant())) {
            throw new ConflictException("grant.error.alreadyReviewed");
        }
        agreedGrants.recordDecision(p.applicationId(), AuditAction.EXPENSE_ACCEPTED,
                "#" + expenseId + " " + Money.won(e.amount()));
    }

    /** 불인정: the expense no longer counts, its amount is freed on the line and recovered at settlement. */
    @RolesAllowed(Roles.OFFICIAL)
    @Transactional
    public void disallow(long expenseId, String reason) {
        ActivityStore.ExpenseRow e = activity.expense(expenseId).orElseThrow(GrantAccess::notFound);
        ProjectRow p = access.lock(access.forOfficial(e.projectId()));
        if (reason == null || reason.isBlank()) {
            throw RuleException.onField("reason", "grant.validation.reason");
        }
        if (p.status().settled()) {
            throw new RuleException("grant.error.wrongStatus");
        }
        boolean changed = activity.review(expenseId, ExpenseStatus.SUBMITTED, ExpenseStatus.DISALLOWED,
                reason.strip(), access.actorName(), clock.instant())
                || activity.review(expenseId, ExpenseStatus.ACCEPTED, ExpenseStatus.DISALLOWED, reason.strip(),
                access.actorName(), clock.instant());
        if (!changed) {
            throw new ConflictException("grant.error.alreadyReviewed");
        }
        projects.release(e.lineId(), e.amount());
        agreedGrants.recordDecision(p.applicationId(), AuditAction.EXPENSE_DISALLOWED,
                "#" + expenseId + " " + Money.won(e.amount()) + ": " + reason.strip());
        notices.send(p, "disallowed", Money.won(e.amount()) + " - " + reason.strip());
    }
}
