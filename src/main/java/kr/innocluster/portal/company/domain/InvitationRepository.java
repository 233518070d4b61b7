package kr.innocluster.portal.company.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface InvitationRepository extends JpaRepository<Invitation, Long> {

    List<Invitation> findByCompanyIdOrderByInvitedAtDesc(long companyId);

    @Query("select i from Invitation i where lower(i.email) = lower(?1) order by i.invitedAt asc limit 1")
    Optional<Invitation> findFirstForEmail(String email);

    @Query("select count(i) > 0 from Invitation i where i.companyId = ?1 and lower(i.email) = lower(?2)")
    boolean existsForCompanyAndEmail(long companyId, String email);
}
