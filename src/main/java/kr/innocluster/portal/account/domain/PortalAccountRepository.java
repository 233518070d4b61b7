package kr.innocluster.portal.account.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PortalAccountRepository extends JpaRepository<PortalAccount, String> {

    @Query("select a from PortalAccount a where lower(a.email) = lower(?1)")
    Optional<PortalAccount> findByEmailIgnoreCase(String email);

    Optional<PortalAccount> findByUsernameIgnoreCase(String username);
}
