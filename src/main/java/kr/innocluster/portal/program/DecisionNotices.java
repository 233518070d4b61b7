package kr.innocluster.portal.program;

import java.text.NumberFormat;
import java.util.Locale;
import kr.innocluster.portal.notification.NotificationService;
import kr.innocluster.portal.notification.OutgoingMail;
import kr.innocluster.portal.program.domain.GrantApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the applicant about each decision, by mail and in the portal, inside the decision's transaction (the
 * notification feature sends the mail after commit and retries). Korean text: the applicants are Korean SMEs.
 */
@Component
class DecisionNotices {

    private final NotificationService notifications;
    private final String baseUrl;

    DecisionNotices(NotificationService notifications, @Value("${portal.base-url}") String baseUrl) {
        this.notifications = notifications;
        this.baseUrl = baseUrl;
    }

    void selected(GrantApplication a) {
        send(a, "선정 안내", String.format("%s 사업에 「%s」 과제가 선정되었습니다. 지원금: %s. 협약 안내를 기다려 주십시오.",
                a.getProgram().getTitle(), a.getProjectTitle(), won(a.getGrantedAmount())));
    }

    void rejected(GrantApplication a) {
        send(a, "선정 결과 안내", String.format("%s 사업에 신청하신 「%s」 과제는 선정되지 않았습니다. 사유: %s",
                a.getProgram().getTitle(), a.getProjectTitle(), a.getDecisionReason()));
    }

    void correctionRequested(GrantApplication a) {
        send(a, "신청서 보완 요청", String.format("%s 사업 신청서(「%s」)에 보완이 필요합니다: %s",
                a.getProgram().getTitle(), a.getProjectTitle(), a.getCorrectionNote()));
    }

    void agreementReady(GrantApplication a) {
        send(a, "협약 내용 확인 요청", String.format("%s 사업 「%s」 과제의 협약 내용이 등록되었습니다. 포털에서 확인해 주십시오.",
                a.getProgram().getTitle(), a.getProjectTitle()));
    }

    private void send(GrantApplication a, String title, String body) {
        String link = "my-applications/" + a.getId();
        notifications.notifyUser(a.getApplicantSubject(), title, body, link);
        if (a.getApplicantEmail() != null && !a.getApplicantEmail().isBlank()) {
            notifications.queueMail(OutgoingMail.of(a.getApplicantEmail(), "[InnoCluster] " + title,
                    a.getApplicantName() + "님,\n\n" + body + "\n\n" + baseUrl + "/" + link));
        }
    }

    static String won(Long amount) {
        return amount == null ? "-" : "₩" + NumberFormat.getIntegerInstance(Locale.KOREA).format(amount);
    }
}
