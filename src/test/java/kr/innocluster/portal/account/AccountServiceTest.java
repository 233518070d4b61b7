package kr.innocluster.portal.account;

import java.util.Locale;
import kr.innocluster.portal.IntegrationTest;
import kr.innocluster.portal.security.WithPortalUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AccountServiceTest {

    @Autowired
    AccountService accounts;

    @Test
    @WithPortalUser(username = "lang-user", name = "홍길동", roles = "attendee")
    void aLanguageChoiceIsKeptForTheUser() {
        assertThat(accounts.myAccount().language()).isEqualTo(Locale.KOREAN);

        accounts.rememberCurrentUserLanguage(Locale.US);

        assertThat(accounts.currentUserLanguage()).contains(Locale.ENGLISH);
        assertThat(accounts.myAccount().displayName()).isEqualTo("홍길동");
    }

    @Test
    void visitorsHaveNoAccount() {
        assertThat(accounts.currentUserLanguage()).isEmpty();
        assertThatThrownBy(accounts::myAccount).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
    }
}
