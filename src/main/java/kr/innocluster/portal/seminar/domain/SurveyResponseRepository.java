package kr.innocluster.portal.seminar.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    boolean existsByRegistrationId(long registrationId);

    /** Which of these registrations already answered the survey (one statement for a whole list). */
    @Query("select r.registrationId from SurveyResponse r where r.registrationId in ?1")
    List<Long> answeredAmong(Collection<Long> registrationIds);

    @Query("select count(r), coalesce(avg(r.overall), 0), coalesce(avg(r.usefulness), 0) from SurveyResponse r "
            + "where r.seminarId = ?1")
    List<Object[]> summary(long seminarId);

    @Query("select r.overall, count(r) from SurveyResponse r where r.seminarId = ?1 group by r.overall")
    List<Object[]> overallDistribution(long seminarId);

    @Query("select r from SurveyResponse r where r.seminarId = ?1 and r.comment is not null order by r.submittedAt desc")
    List<SurveyResponse> withComments(long seminarId, Pageable pageable);
}
