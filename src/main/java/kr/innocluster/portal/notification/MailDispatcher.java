package kr.innocluster.portal.notification;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import kr.innocluster.portal.notification.domain.OutboundMail;
import kr.innocluster.portal.notification.domain.OutboundMailAttachment;
import kr.innocluster.portal.notification.domain.OutboundMailRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.ClassUtils;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends queued mail over SMTP: right after the queuing transaction commits, and every half minute for anything due
 * (retries with back-off). Rows are locked with SKIP LOCKED, so several portal nodes never send a mail twice. While the
 * SMTP server is away, mails wait in the outbox (the action that queued them has succeeded) and go out once it is back.
 * Each mail keeps one Message-ID across attempts, so a receiver can recognise the rare repeat (sent, but the portal
 * could not record it).
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int BATCH = 50;
    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    private final OutboundMailRepository mails;
    private final JavaMailSender sender;
    private final Clock clock;
    private final String from;

    private final TransactionTemplate transaction;
    private final Duration firstBackoff;
    private final Duration maxBackoff;
    private final String messageIdDomain;

    MailDispatcher(OutboundMailRepository mails, JavaMailSender sender, Clock clock,
                   PlatformTransactionManager transactionManager, @Value("${portal.mail.from}") String from,
                   @Value("${portal.mail.first-backoff:PT1M}") Duration firstBackoff,
                   @Value("${portal.mail.max-backoff:PT1H}") Duration maxBackoff,
                   @Value("${portal.base-url}") String baseUrl) {
        this.mails = mails;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
        this.firstBackoff = firstBackoff;
        this.maxBackoff = maxBackoff;
        String host = URI.create(baseUrl).getHost();
        this.messageIdDomain = host == null ? "innocluster.portal" : host;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        nameTheMailStreamProvider();
    }

    /**
     * Jakarta Mail finds its stream provider anew for every header it encodes or decodes, with a ServiceLoader scan
     * of the whole classpath (about 2 % of the portal's CPU while seminar confirmations went out under load, issue
     * 14). Naming the provider, the one the scan would find, skips the scan; a provider named by the deployment wins.
     */
    private static void nameTheMailStreamProvider() {
        String provider = "org.eclipse.angus.mail.util.MailStreamProvider";
        if (System.getProperty(STREAM_PROVIDER) == null
                && ClassUtils.isPresent(provider, MailDispatcher.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, provider);
        }
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void onQueued(NotificationService.MailQueued event) {
        sendDue();
    }

    @Scheduled(initialDelayString = "${portal.mail.retry-delay:30s}", fixedDelayString = "${portal.mail.retry-delay:30s}")
    void retry() {
        sendDue();
    }

    /** Sends what is due now, in a transaction of its own; returns how many went out. */
    int sendDue() {
        Integer sent = transaction.execute(status -> sendLocked());
        return sent == null ? 0 : sent;
    }

    private int sendLocked() {
        List<OutboundMail> due = mails.lockDue(clock.instant(), BATCH);
        int sent = 0;
        for (OutboundMail mail : due) {
            try {
                sender.send(toMime(mail));
                mail.markSent(clock.instant());
                sent++;
                log.info("[mail] sent #{} to {}: {}", mail.getId(), mail.getRecipient(), mail.getSubject());
            } catch (Exception e) {
                mail.markFailed(e.getMessage(), clock.instant(), firstBackoff, maxBackoff);
                log.warn("[mail] #{} to {} failed (attempt {}), will retry: {}", mail.getId(), mail.getRecipient(),
                        mail.getAttempts(), e.getMessage());
            }
        }
        return sent;
    }

    /** {@code <mail-<id>.<created, epoch ms>@<portal host>>}: unique per outbox row, stable across attempts. */
    String messageId(OutboundMail mail) {
        return "<mail-" + mail.getId() + "." + mail.getCreatedAt().toEpochMilli() + "@" + messageIdDomain + ">";
    }

    private MimeMessage toMime(OutboundMail mail) throws jakarta.mail.MessagingException {
        MimeMessage message = sender.createMimeMessage();
        boolean multipart = !mail.getAttachments().isEmpty();
        MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
        // the same id on every attempt (JavaMailSenderImpl keeps a Message-ID that is set before sending)
        message.setHeader("Message-ID", messageId(mail));
        helper.setFrom(from);
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        helper.setText(mail.getBody(), false);
        for (OutboundMailAttachment attachment : mail.getAttachments()) {
            helper.addAttachment(attachment.getFileName(), new ByteArrayResource(attachment.getContent()),
                    attachment.getContentType());
        }
        return message;
    }
}
