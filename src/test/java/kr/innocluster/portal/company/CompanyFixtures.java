package kr.innocluster.portal.company;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.innocluster.portal.localstack.TestStack;
import kr.innocluster.portal.security.Roles;
import kr.innocluster.portal.localstack.MailServer;
import kr.innocluster.portal.security.TestUsers;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Real companies in the registry for any feature's tests: registered by their user through {@link CompanyService}
 * (who becomes the manager) and, when asked, verified by the demo official. Business numbers are fresh, valid and
 * used by no demo company. The caller's security context is restored afterwards.
 */
@TestComponent
public class CompanyFixtures {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 1_000_000));

    private static final Pattern INVITATION_LINK = Pattern.compile("/invitations/([A-Za-z0-9_-]{43})");

    private final CompanyService companies;
    private final CompanyDirectoryService directory;
    private final CompanyInvitationService invitations;

    CompanyFixtures(CompanyService companies, CompanyDirectoryService directory,
                    CompanyInvitationService invitations) {
        this.companies = companies;
        this.directory = directory;
        this.invitations = invitations;
    }

    /** A verified company registered by {@code username}, from a {@link #validForm(String) valid form}. */
    public CompanyDetails verified(String name, String username) {
        return register(name, username, true, form -> { });
    }

    /** A company registered by {@code username}, adjusted by {@code tune}, verified when asked. */
    public CompanyDetails register(String name, String username, boolean verified, Consumer<CompanyForm> tune) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn(username, Roles.COMPANY);
            CompanyForm form = validForm(name);
            tune.accept(form);
            CompanyDetails details = companies.register(form);
            if (verified) {
                TestUsers.signIn("official", Roles.OFFICIAL);
                directory.verify(details.id(), details.version());
            }
            return details;
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * The company's manager {@code managerUsername} invites {@code address}; returns the token of the link in the mail
     * that arrives there (the portal keeps only its hash). Use an address no other test invites.
     */
    public String invite(long companyId, String managerUsername, String address) {
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            TestUsers.signIn(managerUsername, Roles.COMPANY);
            invitations.invite(companyId, address);
            return invitationToken(TestStack.get().mail().awaitMailTo(address));
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The token of the invitation link in a mail. */
    public static String invitationToken(MimeMessage mail) {
        Matcher link = INVITATION_LINK.matcher(text(mail));
        if (!link.find()) {
            throw new AssertionError("no invitation link in: " + text(mail));
        }
        return link.group(1);
    }

    /** A mail's text (plain part, or HTML when it has no other): also Keycloak's multipart mails to the same address. */
    public static String text(MimeMessage mail) {
        return MailServer.text(mail);
    }

    public static String freshBusinessNumber() {
        return BusinessNumber.format(BusinessNumber.complete(
                String.format("9%02d%06d", 86, NEXT.incrementAndGet() % 1_000_000)));
    }

    /** A complete, valid form: a small manufacturer in Daegu (KSIC C29280), founded 2015, level 2. */
    public static CompanyForm validForm(String name) {
        CompanyForm form = new CompanyForm();
        form.setBusinessNumber(freshBusinessNumber());
        form.setName(name);
        form.setCeoName("홍길동");
        form.setAddress("대구광역시 북구 호국로 807");
        form.setRegion(Region.DAEGU);
        form.setKsicCode("c29280");
        form.setSizeClass(SizeClass.SMALL);
        form.setFoundedOn(LocalDate.of(2015, 3, 2));
        form.setEmployees(12);
        form.setAnnualRevenue(1_500_000_000L);
        form.setSmartFactoryLevel(2);
        form.setDemand(true);
        form.setContactName("김담당");
        form.setContactPhone("010-1234-5678");
        form.setContactEmail("contact@example.kr");
        return form;
    }
}
