package kr.innocluster.portal.pilotfactory;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.pilotfactory.domain.Blackout;
import kr.innocluster.portal.pilotfactory.domain.BlackoutRepository;
import kr.innocluster.portal.pilotfactory.domain.Booking;
import kr.innocluster.portal.pilotfactory.domain.BookingRepository;
import kr.innocluster.portal.pilotfactory.domain.FactoryResource;
import kr.innocluster.portal.pilotfactory.domain.FactoryResourceRepository;
import kr.innocluster.portal.pilotfactory.domain.ResourcePhotoRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.PortalUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is free and what is taken on the pilot factory's resources: the calendar of one resource, and the search for the
 * first free slot of a given length on any of several resources. A company sees other companies' bookings only as
 * "booked"; operators and officials see who booked. (Not read-only: asking the registry for the user's company may
 * accept a pending invitation.)
 */
@Service
public class FactoryCalendarService {

    private final FactoryResourceRepository resources;
    private final ResourcePhotoRepository photos;
    private final BookingRepository bookings;
    private final BlackoutRepository blackouts;
    private final BookingCompanies companies;
    private final GrantEligibility grantEligibility;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;

    FactoryCalendarService(FactoryResourceRepository resources, ResourcePhotoRepository photos,
                           BookingRepository bookings, BlackoutRepository blackouts, BookingCompanies companies,
                           GrantEligibility grantEligibility, CurrentUser currentUser, Clock clock,
                           DisplayZone displayZone) {
        this.resources = resources;
        this.photos = photos;
        this.bookings = bookings;
        this.blackouts = blackouts;
        this.companies = companies;
        this.grantEligibility = grantEligibility;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = displayZone.zoneId();
    }

    /** The busy stretches of one resource over [from, to) (local dates), in two queries. */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public ResourceCalendar calendar(long resourceId, LocalDate from, LocalDate to) {
        PortalUser user = currentUser.require();
        boolean staff = PilotFactoryService.isStaff(user);
        FactoryResource resource = resources.findById(resourceId).filter(r -> r.isActive() || staff)
                .orElseThrow(PilotFactoryService::notFound);
        Optional<Long> myCompany = staff ? Optional.empty() : companies.companyOfCurrentUser().map(BookingCompany::id);
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        List<CalendarEntry> entries = new ArrayList<>();
        for (Booking b : bookings.findOverlapping(resourceId, start, end, BookingRules.LIVE)) {
            boolean mine = myCompany.filter(id -> id == b.getCompanyId()).isPresent();
            if (staff || mine) {
                CalendarEntry.Kind kind = b.getStatus() == BookingStatus.APPROVED ? CalendarEntry.Kind.APPROVED
                        : CalendarEntry.Kind.REQUESTED;
                entries.add(new CalendarEntry(kind, b.getStartsAt(), b.getEndsAt(), b.getId(), b.getCompanyName(),
                        b.getSolution(), mine));
            } else {
                entries.add(new CalendarEntry(CalendarEntry.Kind.BOOKED, b.getStartsAt(), b.getEndsAt(), null, null,
                        null, false));
            }
        }
        for (Blackout blackout : blackouts.findOverlapping(resourceId, start, end)) {
            entries.add(new CalendarEntry(CalendarEntry.Kind.BLACKOUT, blackout.getStartsAt(), blackout.getEndsAt(),
                    null, null, blackout.getReason(), false));
        }
        entries.sort(Comparator.comparing(CalendarEntry::startsAt));
        return new ResourceCalendar(PilotFactoryService.toSummary(resource, photos.existsById(resourceId)), from, to,
                entries, earliestStart(resource));
    }

    /**
     * The first free slot of {@code minutes} on any of the given resources between the local dates [from, to): opening
     * hours minus live bookings minus blackouts, from now plus the lead time, aligned to each resource's granularity.
     * Reads one range of bookings and blackouts per resource, never per slot. A company is offered only resources it
     * may request (grant-only resources need an approved application).
     */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public Optional<FreeSlot> findFirstFreeSlot(Collection<Long> resourceIds, LocalDate from, LocalDate to,
                                                int minutes) {
        if (minutes <= 0 || to == null || from == null || !to.isAfter(from)) {
            throw RuleException.onField("hours", "pf.error.searchInput");
        }
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.atStartOfDay(zone).toInstant();
        boolean staff = PilotFactoryService.isStaff(currentUser.require());
        Optional<Long> company = staff ? Optional.empty() : companies.companyOfCurrentUser().map(BookingCompany::id);
        FreeSlot best = null;
        for (FactoryResource resource : resources.findAllById(resourceIds)) {
            boolean closedToCaller = !staff && resource.isRequiresApprovedApplication()
                    && company.filter(grantEligibility::hasApprovedApplication).isEmpty();
            if (closedToCaller || !resource.isActive() || minutes < resource.getMinMinutes() || minutes > resource.getMaxMinutes()
                    || minutes % resource.getSlotMinutes() != 0) {
                continue;
            }
            Optional<FreeSlot> slot = firstFree(resource, start, end, minutes);
            if (slot.isPresent() && (best == null || slot.get().startsAt().isBefore(best.startsAt()))) {
                best = slot.get();
            }
        }
        return Optional.ofNullable(best);
    }

    private Optional<FreeSlot> firstFree(FactoryResource resource, Instant start, Instant end, int minutes) {
        List<TimeRange> busy = new ArrayList<>();
        bookings.findOverlapping(resource.getId(), start, end, BookingRules.LIVE)
                .forEach(b -> busy.add(new TimeRange(b.getStartsAt(), b.getEndsAt())));
        blackouts.findOverlapping(resource.getId(), start, end)
                .forEach(b -> busy.add(new TimeRange(b.getStartsAt(), b.getEndsAt())));
        LocalDate firstDay = start.atZone(zone).toLocalDate();
        LocalDate lastDay = end.atZone(zone).toLocalDate();
        List<TimeRange> open = OpeningTimes.open(PilotFactoryService.hoursOf(resource), firstDay, lastDay, zone);
        Instant earliest = earliestStart(resource);
        Duration length = Duration.ofMinutes(minutes);
        for (TimeRange free : TimeRange.subtract(open, busy)) {
            Instant candidate = alignUp(free.start().isBefore(earliest) ? earliest : free.start(),
                    resource.getSlotMinutes());
            if (!candidate.plus(length).isAfter(free.end())) {
                return Optional.of(new FreeSlot(resource.getId(), resource.getName(), candidate,
                        candidate.plus(length)));
            }
        }
        return Optional.empty();
    }

    private Instant earliestStart(FactoryResource resource) {
        return clock.instant().plus(Duration.ofHours(resource.getLeadHours()));
    }

    /** Rounds up to the next slot boundary, counted from local midnight. */
    private Instant alignUp(Instant instant, int slotMinutes) {
        ZonedDateTime local = instant.atZone(zone);
        ZonedDateTime midnight = local.toLocalDate().atStartOfDay(zone);
        long seconds = Duration.between(midnight, local).toSeconds();
        long slotSeconds = slotMinutes * 60L;
        long aligned = (seconds + slotSeconds - 1) / slotSeconds * slotSeconds;
        return midnight.plusSeconds(aligned).toInstant();
    }
}
