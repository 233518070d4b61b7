package kr.innocluster.portal.program.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ApplicationDocumentRepository extends JpaRepository<ApplicationDocument, Long> {

    @Query("select d from ApplicationDocument d join fetch d.application a join fetch a.program where d.id = :id")
    Optional<ApplicationDocument> findWithApplication(@Param("id") long id);
}
