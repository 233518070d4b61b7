package kr.innocluster.portal.seminar;

import java.time.Clock;
import java.util.Optional;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.base.DisplayZone;
import kr.innocluster.portal.seminar.domain.Seminar;
import kr.innocluster.portal.seminar.domain.SeminarRegistration;
import kr.innocluster.portal.seminar.domain.SeminarRegistrationRepository;
import org.springframework.stereotype.Component;

/** Certificates of attendance: only for people who checked in; each has a code anyone can verify. */
@Component
class SeminarCertificates {

    private final SeminarRegistrationRepository registrations;
    private final CertificatePdf pdf;
    private final SeminarMails mails;
    private final DisplayZone zone;
    private final Clock clock;

    SeminarCertificates(SeminarRegistrationRepository registrations, CertificatePdf pdf, SeminarMails mails,
                        DisplayZone zone, Clock clock) {
        this.registrations = registrations;
        this.pdf = pdf;
        this.mails = mails;
        this.zone = zone;
        this.clock = clock;
    }

    /** Gives the registration its certificate code if it has none yet; true when a new one was issued. */
    boolean issue(SeminarRegistration registration) {
        if (registration.getCheckedInAt() == null) {
            throw new RuleException("seminar.certificate.error.notAttended");
        }
        if (registration.getCertificateCode() != null) {
            return false;
        }
        registration.issueCertificate(TicketCodes.newCertificateCode(), clock.instant());
        registrations.flush();
        return true;
    }

    void issueAndTell(SeminarRegistration registration) {
        if (issue(registration)) {
            mails.certificateIssued(registration);
        }
    }

    byte[] render(SeminarRegistration registration) {
        Seminar seminar = registration.getSeminar();
        return pdf.render(new CertificatePdf.Data(registration.getName(), registration.getOrganisation(),
                seminar.getTitle(), seminar.getHost(), seminar.getVenue(),
                zone.formatDateTime(seminar.getStartsAt()) + " ~ " + zone.toZoned(seminar.getEndsAt()).toLocalTime(),
                zone.formatDate(registration.getCertificateIssuedAt()),
                TicketCodes.display(registration.getCertificateCode()),
                mails.verifyUrl(registration.getCertificateCode())));
    }

    Optional<CertificateCheck> verify(String code) {
        String normalised = TicketCodes.normalise(code);
        if (normalised.length() != 12) {
            return Optional.empty();
        }
        return registrations.findByCertificateCode(normalised).map(r -> new CertificateCheck(
                TicketCodes.display(r.getCertificateCode()), PersonNames.mask(r.getName()), r.getSeminar().getTitle(),
                r.getSeminar().getHost(), r.getSeminar().getStartsAt(), r.getCertificateIssuedAt()));
    }
}
