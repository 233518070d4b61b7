package kr.innocluster.portal.pilotfactory;

import jakarta.annotation.security.RolesAllowed;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.pilotfactory.domain.Booking;
import kr.innocluster.portal.pilotfactory.domain.BookingRepository;
import kr.innocluster.portal.pilotfactory.domain.FactoryResource;
import kr.innocluster.portal.pilotfactory.domain.FactoryResourceRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking requests of companies and the operators' decisions on them. Every rule is checked here with a clear
 * message; the exclusion constraint of {@code pf_booking} is the final word on overlaps, and its violation comes back
 * as {@link SlotTakenException}.
 */
@Service
public class BookingService {

    /** PostgreSQL's SQLState for exclusion_violation. */
    static final String EXCLUSION_VIOLATION = "23P01";

    private final BookingRepository bookings;
    private final FactoryResourceRepository resources;
    private final BookingRules rules;
    private final BookingCompanies companies;
    private final BookingMails mails;
    private final CurrentUser currentUser;
    private final Clock clock;

    BookingService(BookingRepository bookings, FactoryResourceRepository resources, BookingRules rules,
                   BookingCompanies companies, BookingMails mails, CurrentUser currentUser, Clock clock) {
        this.bookings = bookings;
        this.resources = resources;
        this.rules = rules;
        this.companies = companies;
        this.mails = mails;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Checks every occurrence of a request without saving anything: what the user sees before confirming. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public List<Occurrence> preview(BookingRequest request) {
        BookingCompany company = companies.requireVerifiedCompanyOfCurrentUser();
        FactoryResource resource = bookableResource(request.resourceId());
        rules.checkFields(request);
        rules.checkEligibility(resource, company);
        return rules.check(resource, company.id(), rules.occurrences(request));
    }

    /**
     * Requests time for the user's verified company, all occurrences in one transaction: with conflicts, nothing is
     * saved unless the request says to skip them.
     */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public BookingOutcome request(BookingRequest request) {
        PortalUser user = currentUser.require();
        BookingCompany company = companies.requireVerifiedCompanyOfCurrentUser();
        FactoryResource resource = bookableResource(request.resourceId());
        rules.checkFields(request);
        rules.checkEligibility(resource, company);
        if (resource.getMonthlyQuotaHours() != null) {
            bookings.lockCompanyQuota(Math.toIntExact(resource.getId()), Math.toIntExact(company.id()));
        }
        List<Occurrence> checked = rules.check(resource, company.id(), rules.occurrences(request));
        List<Occurrence> problems = checked.stream().filter(o -> !o.ok()).toList();
        List<Occurrence> passing = checked.stream().filter(Occurrence::ok).toList();
        if (!problems.isEmpty() && (!request.skipConflicts() || passing.isEmpty())) {
            if (checked.size() == 1 || passing.isEmpty() && request.skipConflicts()) {
                Occurrence problem = problems.getFirst();
                if (BookingRules.SLOT_BOOKED.equals(problem.problem().key())) {
                    throw new SlotTakenException(false);
                }
                throw problem.refusal();
            }
            throw new RecurrenceConflictException(problems);
        }
        UUID series = checked.size() > 1 ? UUID.randomUUID() : null;
        List<Long> ids = new ArrayList<>();
        for (Occurrence occurrence : passing) {
            Booking booking = new Booking(resource.getId(), company.id(), company.name(), user.subject(),
                    user.displayName(), user.email(), occurrence.startsAt(), occurrence.endsAt(),
                    request.purpose().strip(), request.solution().strip(), request.visitors(), series,
                    clock.instant());
            ids.add(insert(booking).getId());
        }
        return new BookingOutcome(ids, problems);
    }

    /** The user's company's bookings, newest first. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public Page<BookingSummary> myBookings(Pageable pageable) {
        Optional<BookingCompany> company = companies.companyOfCurrentUser();
        if (company.isEmpty()) {
            return Page.empty(pageable);
        }
        Page<Booking> page = bookings.findByCompanyId(company.get().id(), pageable);
        return withResourceNames(page);
    }

    /** The user's company's next live bookings (not yet ended), soonest first. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public List<BookingSummary> myUpcoming(int limit) {
        Optional<BookingCompany> company = companies.companyOfCurrentUser();
        if (company.isEmpty()) {
            return List.of();
        }
        List<Booking> next = bookings.findByCompanyIdAndStatusInAndEndsAtAfterOrderByStartsAt(company.get().id(),
                BookingRules.LIVE, clock.instant(), org.springframework.data.domain.PageRequest.of(0, limit));
        Map<Long, String> names = resources.findAll().stream()
                .collect(Collectors.toMap(FactoryResource::getId, FactoryResource::getName));
        return next.stream().map(b -> toSummary(b, names.getOrDefault(b.getResourceId(), ""))).toList();
    }

    /** A company cancels its own live booking, at the latest when the lead time before the start begins. */
    @RolesAllowed(Roles.COMPANY)
    @Transactional
    public void cancelMine(long bookingId, String reason) {
        Booking booking = ownBooking(bookingId);
        if (!booking.getStatus().holdsSlot()) {
            throw RuleException.onField("status", "pf.error.notLive");
        }
        FactoryResource resource = resources.findById(booking.getResourceId()).orElseThrow();
        if (clock.instant().plus(Duration.ofHours(resource.getLeadHours())).isAfter(booking.getStartsAt())) {
            throw RuleException.onField("status", "pf.error.cancelTooLate", resource.getLeadHours());
        }
        booking.decide(BookingStatus.CANCELLED, blankToNull(reason), currentUser.require().subject(), clock.instant());
        flush();
    }

    /** One booking: its own company and staff see it; anyone else gets "not found". */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public BookingSummary booking(long bookingId) {
        Booking booking = visibleBooking(bookingId);
        return toSummary(booking, resources.findById(booking.getResourceId()).map(FactoryResource::getName)
                .orElse(""));
    }

    /** The .ics file of a booking, for its company and staff. */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public byte[] calendarFile(long bookingId) {
        Booking booking = visibleBooking(bookingId);
        return mails.ics(booking, resources.findById(booking.getResourceId()).orElseThrow());
    }

    /** Operators' list: by status (null = all), resource (null = all), or only bookings hit by a blackout. */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public Page<BookingSummary> search(BookingStatus status, Long resourceId, boolean onlyConflicts,
                                       Pageable pageable) {
        return withResourceNames(bookings.search(status, resourceId, onlyConflicts, pageable));
    }

    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public long count(BookingStatus status, Long resourceId, boolean onlyConflicts) {
        return bookings.count(status, resourceId, onlyConflicts);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public void approve(long bookingId) {
        Booking booking = staffBooking(bookingId, BookingStatus.REQUESTED);
        FactoryResource resource = resources.findById(booking.getResourceId()).orElseThrow();
        if (rules.blackedOut(booking)) {
            throw RuleException.onField("status", "pf.error.blackout");
        }
        booking.decide(BookingStatus.APPROVED, null, currentUser.require().subject(), clock.instant());
        flush();
        mails.approved(booking, resource);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public void reject(long bookingId, String reason) {
        Booking booking = staffBooking(bookingId, BookingStatus.REQUESTED);
        booking.decide(BookingStatus.REJECTED, requireReason(reason), currentUser.require().subject(),
                clock.instant());
        flush();
        mails.rejected(booking, resources.findById(booking.getResourceId()).orElseThrow());
    }

    /** The factory cancels a requested or approved booking (e.g. a blackout collides), with a reason. */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public void cancel(long bookingId, String reason) {
        Booking booking = bookings.findById(bookingId).orElseThrow(PilotFactoryService::notFound);
        if (!booking.getStatus().holdsSlot()) {
            throw RuleException.onField("status", "pf.error.notLive");
        }
        booking.decide(BookingStatus.CANCELLED, requireReason(reason), currentUser.require().subject(),
                clock.instant());
        flush();
        mails.cancelledByFactory(booking, resources.findById(booking.getResourceId()).orElseThrow());
    }

    /** Check-in or no-show of an approved booking, once its slot has started. */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public void recordAttendance(long bookingId, Attendance attendance) {
        Booking booking = staffBooking(bookingId, BookingStatus.APPROVED);
        if (clock.instant().isBefore(booking.getStartsAt())) {
            throw RuleException.onField("attendance", "pf.error.attendanceTooEarly");
        }
        booking.recordAttendance(attendance, currentUser.require().subject(), clock.instant());
        flush();
    }

    /** Inserts at once so that the exclusion constraint answers inside this method, where it can be translated. */
    private Booking insert(Booking booking) {
        try {
            return bookings.saveAndFlush(booking);
        } catch (DataIntegrityViolationException e) {
            if (isExclusionViolation(e)) {
                throw new SlotTakenException(true);
            }
            throw e;
        }
    }

    static boolean isExclusionViolation(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private void flush() {
        try {
            bookings.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw ConflictException.onField("status", "pf.error.stale");
        }
    }

    private FactoryResource bookableResource(long resourceId) {
        return resources.findById(resourceId).filter(FactoryResource::isActive)
                .orElseThrow(PilotFactoryService::notFound);
    }

    private Booking ownBooking(long bookingId) {
        BookingCompany company = companies.companyOfCurrentUser().orElseThrow(PilotFactoryService::notFound);
        return bookings.findByIdAndCompanyId(bookingId, company.id()).orElseThrow(PilotFactoryService::notFound);
    }

    private Booking visibleBooking(long bookingId) {
        if (PilotFactoryService.isStaff(currentUser.require())) {
            return bookings.findById(bookingId).orElseThrow(PilotFactoryService::notFound);
        }
        return ownBooking(bookingId);
    }

    private Booking staffBooking(long bookingId, BookingStatus expected) {
        Booking booking = bookings.findById(bookingId).orElseThrow(PilotFactoryService::notFound);
        if (booking.getStatus() != expected) {
            throw RuleException.onField("status", "pf.error.wrongStatus");
        }
        return booking;
    }

    private Page<BookingSummary> withResourceNames(Page<Booking> page) {
        Map<Long, String> names = resources.findAll().stream()
                .collect(Collectors.toMap(FactoryResource::getId, FactoryResource::getName));
        return page.map(b -> toSummary(b, names.getOrDefault(b.getResourceId(), "")));
    }

    static BookingSummary toSummary(Booking b, String resourceName) {
        return new BookingSummary(b.getId(), b.getResourceId(), resourceName, b.getCompanyId(), b.getCompanyName(),
                b.getRequesterName(), b.getRequesterEmail(), b.getStartsAt(), b.getEndsAt(), b.getStatus(),
                b.getAttendance(), b.getPurpose(), b.getSolution(), b.getVisitors(), b.getDecisionReason(),
                b.isBlackoutConflict(), b.getCreatedAt(), b.getVersion());
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw RuleException.onField("reason", "pf.error.reasonRequired");
        }
        return reason.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
