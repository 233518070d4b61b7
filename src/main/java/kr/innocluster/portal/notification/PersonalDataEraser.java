package kr.innocluster.portal.notification;

import kr.innocluster.portal.notification.domain.OutboundMailRepository;
import kr.innocluster.portal.notification.domain.PortalNoticeRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deletes the mails (recipient, body, attachments) and notices that copied personal data whose retention ended, in
 * the transaction of the feature's purge: the purge and the removal of its copies commit together or not at all.
 */
@Component
class PersonalDataEraser {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataEraser.class);

    private final OutboundMailRepository mails;
    private final PortalNoticeRepository notices;

    PersonalDataEraser(OutboundMailRepository mails, PortalNoticeRepository notices) {
        this.mails = mails;
        this.notices = notices;
    }

    @EventListener
    void on(PersonalDataExpired expired) {
        int mailCount = mails.deleteByPersonalDataRef(expired.reference());
        int noticeCount = notices.deleteByPersonalDataRef(expired.reference());
        log.info("[retention] {}: {} mail(s) and {} notice(s) deleted", expired.reference(), mailCount, noticeCount);
    }
}
