package kr.innocluster.portal.pilotfactory;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kr.innocluster.portal.base.ConflictException;
import kr.innocluster.portal.base.NotFoundException;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.storage.FileStorage;
import kr.innocluster.portal.base.storage.UploadedFile;
import kr.innocluster.portal.pilotfactory.domain.Blackout;
import kr.innocluster.portal.pilotfactory.domain.BlackoutRepository;
import kr.innocluster.portal.pilotfactory.domain.Booking;
import kr.innocluster.portal.pilotfactory.domain.BookingRepository;
import kr.innocluster.portal.pilotfactory.domain.FactoryResource;
import kr.innocluster.portal.pilotfactory.domain.FactoryResourceRepository;
import kr.innocluster.portal.pilotfactory.domain.OpeningWindow;
import kr.innocluster.portal.pilotfactory.domain.ResourcePhoto;
import kr.innocluster.portal.pilotfactory.domain.ResourcePhotoRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pilot factory's resources (lines, cells, stations, servers) with their opening hours and booking settings, their
 * photos, and maintenance blackouts. Operators and officials change them; companies read them.
 */
@Service
public class PilotFactoryService {

    /** Photos are shown at most 16rem wide; 2 MB is plenty for that. */
    public static final int MAX_PHOTO_MEGABYTES = 2;
    static final long MAX_PHOTO_BYTES = MAX_PHOTO_MEGABYTES * 1024L * 1024L;
    static final String NOT_FOUND = "pf.error.notFound";

    private final FactoryResourceRepository resources;
    private final ResourcePhotoRepository photos;
    private final BlackoutRepository blackouts;
    private final BookingRepository bookings;
    private final FileStorage storage;
    private final CurrentUser currentUser;
    private final Clock clock;

    PilotFactoryService(FactoryResourceRepository resources, ResourcePhotoRepository photos,
                        BlackoutRepository blackouts, BookingRepository bookings, FileStorage storage,
                        CurrentUser currentUser, Clock clock) {
        this.resources = resources;
        this.photos = photos;
        this.blackouts = blackouts;
        this.bookings = bookings;
        this.storage = storage;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Active resources for companies; all of them for operators and officials. */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public List<ResourceSummary> resources() {
        boolean staff = isStaff();
        Set<Long> withPhoto = photos.findResourceIdsWithPhoto();
        return (staff ? resources.findAllByOrderBySiteAscNameAsc() : resources.findByActiveTrueOrderBySiteAscNameAsc())
                .stream().map(r -> toSummary(r, withPhoto.contains(r.getId()))).toList();
    }

    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public ResourceSummary resource(long id) {
        FactoryResource resource = visibleResource(id);
        return toSummary(resource, photos.existsById(id));
    }

    /** The photo of a resource, with the type detected from its content when it was uploaded. */
    @RolesAllowed({Roles.COMPANY, Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public Optional<ResourcePhotoData> photo(long resourceId) {
        visibleResource(resourceId);
        return photos.findById(resourceId).map(p -> new ResourcePhotoData(p.getContentType(), content(p)));
    }

    /** Creates ({@code id} null) or updates a resource; a concurrent edit by another operator is refused. */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public ResourceSummary saveResource(Long id, ResourceDraft draft) {
        validate(id, draft);
        FactoryResource resource = id == null ? new FactoryResource(clock.instant())
                : resources.findById(id).orElseThrow(PilotFactoryService::notFound);
        if (id != null && resource.getVersion() != draft.getVersion()) {
            throw ConflictException.onField("name", "pf.error.stale");
        }
        resource.update(draft.getName().strip(), draft.getKind(), draft.getSite().strip(), trim(draft.getLocation()),
                trim(draft.getDescription()), draft.getSlotMinutes(), draft.getMinMinutes(), draft.getMaxMinutes(),
                draft.getLeadHours(), draft.getMonthlyQuotaHours(), draft.isRequiresApprovedApplication(),
                draft.isActive());
        resource.replaceOpeningHours(draft.getOpeningHours().stream()
                .map(h -> new OpeningWindow(h.day(), h.opens(), h.closes())).toList());
        try {
            FactoryResource saved = resources.saveAndFlush(resource);
            return toSummary(saved, photos.existsById(saved.getId()));
        } catch (ObjectOptimisticLockingFailureException e) {
            throw ConflictException.onField("name", "pf.error.stale");
        }
    }

    /**
     * Sets or replaces the photo of a resource: a PNG, JPEG or WebP file (told from its content) of at most
     * {@value #MAX_PHOTO_MEGABYTES} MB, kept in the file storage. The file it replaces goes after the commit.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public void setPhoto(long resourceId, UploadedFile file) {
        resources.findById(resourceId).orElseThrow(PilotFactoryService::notFound);
        PhotoFormat format = PhotoFormat.detect(file.head(PhotoFormat.HEAD_BYTES))
                .filter(f -> file.size() <= MAX_PHOTO_BYTES)
                .orElseThrow(() -> RuleException.onField("photo", "pf.error.photo"));
        String key;
        try (InputStream content = file.open()) {
            key = storage.store(content, MAX_PHOTO_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Optional<ResourcePhoto> existing = photos.findById(resourceId);
        if (existing.isPresent()) {
            String previous = existing.get().replace(format.contentType(), key);
            if (previous != null) {
                storage.delete(previous);
            }
        } else {
            photos.save(new ResourcePhoto(resourceId, format.contentType(), key));
        }
    }

    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public void removePhoto(long resourceId) {
        photos.findById(resourceId).ifPresent(photo -> {
            if (photo.getStorageKey() != null) {
                storage.delete(photo.getStorageKey());
            }
            photos.delete(photo);
        });
    }

    /** Current and future blackouts of a resource. */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional(readOnly = true)
    public List<BlackoutSummary> blackouts(long resourceId) {
        return blackouts.findByResourceIdAndEndsAtAfterOrderByStartsAt(resourceId, clock.instant()).stream()
                .map(PilotFactoryService::toSummary).toList();
    }

    /**
     * Adds a blackout. New requests for that time are refused from now on; live bookings that collide are flagged for
     * the operator to resolve with the company. Returns how many were flagged.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public int addBlackout(long resourceId, Instant startsAt, Instant endsAt, String reason) {
        resources.findById(resourceId).orElseThrow(PilotFactoryService::notFound);
        if (startsAt == null || endsAt == null) {
            throw RuleException.onField("startsAt", "pf.error.timeRequired");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw RuleException.onField("endsAt", "pf.error.endBeforeStart");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw RuleException.onField("reason", "pf.error.reasonRequired");
        }
        blackouts.save(new Blackout(resourceId, startsAt, endsAt, reason.strip(), currentUser.require().subject(),
                clock.instant()));
        List<Booking> colliding = bookings.findOverlapping(resourceId, startsAt, endsAt, BookingRules.LIVE);
        colliding.forEach(Booking::flagBlackoutConflict);
        return colliding.size();
    }

    /** Removes a blackout; bookings it flagged lose the flag unless another blackout still covers them. */
    @RolesAllowed({Roles.OPERATOR, Roles.OFFICIAL})
    @Transactional
    public void deleteBlackout(long blackoutId) {
        Blackout blackout = blackouts.findById(blackoutId).orElseThrow(PilotFactoryService::notFound);
        blackouts.delete(blackout);
        blackouts.flush();
        for (Booking booking : bookings.findOverlapping(blackout.getResourceId(), blackout.getStartsAt(),
                blackout.getEndsAt(), BookingRules.LIVE)) {
            if (booking.isBlackoutConflict() && blackouts.findOverlapping(booking.getResourceId(),
                    booking.getStartsAt(), booking.getEndsAt()).isEmpty()) {
                booking.clearBlackoutConflict();
            }
        }
    }

    /** A resource or booking that does not exist or that the caller may not see: both look the same. */
    static NotFoundException notFound() {
        return new NotFoundException(NOT_FOUND);
    }

    private byte[] content(ResourcePhoto photo) {
        if (photo.getStorageKey() == null) {
            return photo.getLegacyContent();
        }
        try (InputStream in = storage.open(photo.getStorageKey())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FactoryResource visibleResource(long id) {
        return resources.findById(id).filter(r -> r.isActive() || isStaff())
                .orElseThrow(PilotFactoryService::notFound);
    }

    private boolean isStaff() {
        return currentUser.get().map(PilotFactoryService::isStaff).orElse(false);
    }

    static boolean isStaff(kr.innocluster.portal.security.PortalUser user) {
        return user.hasRole(Roles.OPERATOR) || user.hasRole(Roles.OFFICIAL);
    }

    private void validate(Long id, ResourceDraft draft) {
        if (draft.getName() == null || draft.getName().isBlank() || draft.getName().length() > 200) {
            throw RuleException.onField("name", "pf.error.name");
        }
        if (resources.existsByNameIgnoreCaseAndIdNot(draft.getName().strip(), id == null ? -1 : id)) {
            throw RuleException.onField("name", "pf.error.nameTaken");
        }
        if (draft.getKind() == null) {
            throw RuleException.onField("kind", "pf.error.required");
        }
        if (draft.getSite() == null || draft.getSite().isBlank()) {
            throw RuleException.onField("site", "pf.error.required");
        }
        Integer slot = draft.getSlotMinutes();
        if (slot == null || !List.of(15, 30, 60, 120).contains(slot)) {
            throw RuleException.onField("slotMinutes", "pf.error.slotMinutes");
        }
        if (draft.getMinMinutes() == null || draft.getMinMinutes() <= 0 || draft.getMinMinutes() % slot != 0) {
            throw RuleException.onField("minMinutes", "pf.error.multipleOfSlot", slot);
        }
        if (draft.getMaxMinutes() == null || draft.getMaxMinutes() < draft.getMinMinutes()
                || draft.getMaxMinutes() % slot != 0) {
            throw RuleException.onField("maxMinutes", "pf.error.maxMinutes", slot);
        }
        if (draft.getLeadHours() == null || draft.getLeadHours() < 0 || draft.getLeadHours() > 720) {
            throw RuleException.onField("leadHours", "pf.error.leadHours");
        }
        if (draft.getMonthlyQuotaHours() != null && draft.getMonthlyQuotaHours() <= 0) {
            throw RuleException.onField("monthlyQuotaHours", "pf.error.quotaHours");
        }
        Set<java.time.DayOfWeek> days = new HashSet<>();
        for (OpeningHours hours : draft.getOpeningHours()) {
            boolean ordered = hours.opens() != null && hours.closes() != null
                    && (hours.closes().isAfter(hours.opens()) || LocalTime.MIDNIGHT.equals(hours.closes()));
            if (!ordered || !days.add(hours.day())
                    || hours.opens().toSecondOfDay() % (slot * 60) != 0
                    || hours.closes().toSecondOfDay() % (slot * 60) != 0) {
                throw RuleException.onField("openingHours", "pf.error.openingHoursInvalid", slot);
            }
        }
    }

    static ResourceSummary toSummary(FactoryResource r, boolean hasPhoto) {
        return new ResourceSummary(r.getId(), r.getName(), r.getKind(), r.getSite(), r.getLocation(),
                r.getDescription(), r.getSlotMinutes(), r.getMinMinutes(), r.getMaxMinutes(), r.getLeadHours(),
                r.getMonthlyQuotaHours(), r.isRequiresApprovedApplication(), r.isActive(), hoursOf(r), hasPhoto,
                r.getVersion());
    }

    static List<OpeningHours> hoursOf(FactoryResource r) {
        return r.getOpeningHours().stream().map(w -> new OpeningHours(w.getDay(), w.getOpensAt(), w.getClosesAt()))
                .sorted(Comparator.comparing(OpeningHours::day)).toList();
    }

    static BlackoutSummary toSummary(Blackout b) {
        return new BlackoutSummary(b.getId(), b.getResourceId(), b.getStartsAt(), b.getEndsAt(), b.getReason());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
