package kr.innocluster.portal.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import kr.innocluster.portal.base.logging.PersonalDataMask;
import kr.innocluster.portal.notification.domain.OutboundMail;
import kr.innocluster.portal.notification.domain.OutboundMailRepository;
import kr.innocluster.portal.notification.domain.PortalNotice;
import kr.innocluster.portal.notification.domain.PortalNoticeRepository;
import kr.innocluster.portal.security.CurrentUser;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.securitylog.PersonalDataUse;
import kr.innocluster.portal.securitylog.SecurityLog;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail and in-portal notices. {@link #queueMail} and {@link #notifyUser} are called by other features' services,
 * inside their own transaction and after their own access checks, so the record of a decision and its mail commit
 * together; {@link MailDispatcher} sends after commit and retries.
 */
@Service
public class NotificationService {

    private final OutboundMailRepository mails;
    private final PortalNoticeRepository notices;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecurityLog securityLog;

    NotificationService(OutboundMailRepository mails, PortalNoticeRepository notices, CurrentUser currentUser,
                        ApplicationEventPublisher events, Clock clock, SecurityLog securityLog) {
        this.mails = mails;
        this.notices = notices;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.securityLog = securityLog;
    }

    /**
     * Stores the mail with the caller's transaction; it goes out after that transaction commits. Open to every caller:
     * other features' services call it for the person they act for, and jobs for nobody in particular.
     */
    @PermitAll
    @Transactional
    public void queueMail(OutgoingMail mail) {
        OutboundMail stored = new OutboundMail(mail.to(), mail.subject(), mail.body(), clock.instant())
                .about(mail.personalDataRef());
        for (OutgoingMail.MailAttachment attachment : mail.attachments()) {
            stored.attach(attachment.fileName(), attachment.contentType(), attachment.content());
        }
        mails.save(stored);
        events.publishEvent(new MailQueued(stored.getId()));
    }

    /** A notice the user (by Keycloak subject) sees in the portal; open to every caller, like {@link #queueMail}. */
    @PermitAll
    @Transactional
    public void notifyUser(String userSubject, String title, String body, String link) {
        notifyUser(userSubject, title, body, link, null);
    }

    /**
     * Like {@link #notifyUser(String, String, String, String)}, for a notice that copies personal data known under
     * {@code personalDataRef}: it is deleted when {@link PersonalDataExpired} names that reference.
     */
    @PermitAll
    @Transactional
    public void notifyUser(String userSubject, String title, String body, String link, String personalDataRef) {
        notices.save(new PortalNotice(userSubject, title, body, link, clock.instant()).about(personalDataRef));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Notice> myNotices(int limit) {
        String subject = currentUser.require().subject();
        return notices.findByRecipientSubjectOrderByCreatedAtDesc(subject, PageRequest.of(0, limit)).stream()
                .map(n -> new Notice(n.getId(), n.getTitle(), n.getBody(), n.getLink(), n.getCreatedAt(),
                        n.getReadAt() != null))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long myUnreadCount() {
        return notices.countByRecipientSubjectAndReadAtIsNull(currentUser.require().subject());
    }

    /** Marks one of the caller's own notices read; someone else's notice is silently not found. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markRead(long noticeId) {
        notices.findByIdAndRecipientSubject(noticeId, currentUser.require().subject())
                .ifPresent(n -> n.markRead(clock.instant()));
    }

    /**
     * The mail log: what the portal sent (or still tries to send), for officials and administrators. Recipients'
     * addresses are personal data: the first page of each search is a security-log entry.
     */
    @RolesAllowed({Roles.OFFICIAL, Roles.ADMIN})
    @Transactional(readOnly = true)
    public Page<MailRecord> mailLog(String search, Pageable pageable) {
        Page<OutboundMail> page = search == null || search.isBlank()
                ? mails.findAll(pageable)
                : mails.search(search.strip(), pageable);
        if (pageable.getPageNumber() == 0) {
            // the search text (usually an address) stays out of the append-only security log, like the addresses
            securityLog.personalDataViewed(PersonalDataUse.SEARCH, "notification.mailLog search="
                    + (search == null || search.isBlank() ? "(none)" : "(text)"), null,
                    (int) Math.min(Integer.MAX_VALUE, page.getTotalElements()));
        }
        // administrators see that a mail went and roughly to whom, not the addresses and phone numbers themselves
        return page.map(m -> new MailRecord(m.getId(), PersonalDataMask.mask(m.getRecipient()),
                PersonalDataMask.mask(m.getSubject()), PersonalDataMask.mask(m.getBody()),
                m.getCreatedAt(), m.getSentAt(), m.getAttempts(), PersonalDataMask.mask(m.getLastError()), m.getAttachments().size()));
    }

    /** Signals the dispatcher that a mail waits; handled after the commit of the transaction that queued it. */
    record MailQueued(Long mailId) {
    }
}
