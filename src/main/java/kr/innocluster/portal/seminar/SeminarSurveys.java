package kr.innocluster.portal.seminar;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kr.innocluster.portal.base.RuleException;
import kr.innocluster.portal.seminar.domain.SeminarRegistration;
import kr.innocluster.portal.seminar.domain.SeminarRegistrationRepository;
import kr.innocluster.portal.seminar.domain.SurveyResponse;
import kr.innocluster.portal.seminar.domain.SurveyResponseRepository;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** The satisfaction survey: open only to people who checked in, once the official sent it; one answer each. */
@Component
class SeminarSurveys {

    private final SurveyResponseRepository responses;
    private final SeminarRegistrationRepository registrations;
    private final Clock clock;

    SeminarSurveys(SurveyResponseRepository responses, SeminarRegistrationRepository registrations, Clock clock) {
        this.responses = responses;
        this.registrations = registrations;
        this.clock = clock;
    }

    /** Whether the survey is open to this registration, knowing which of its list have answered (no statement). */
    static boolean openFor(SeminarRegistration registration, Set<Long> answered) {
        return waitingForAnswer(registration) && !answered.contains(registration.getId());
    }

    /** The registrations of a list that already answered, in one statement (none when no survey is out to them). */
    Set<Long> answeredAmong(List<SeminarRegistration> list) {
        List<Long> asked = list.stream().filter(SeminarSurveys::waitingForAnswer).map(SeminarRegistration::getId)
                .toList();
        return asked.isEmpty() ? Set.of() : Set.copyOf(responses.answeredAmong(asked));
    }

    private static boolean waitingForAnswer(SeminarRegistration registration) {
        return registration.getCheckedInAt() != null && registration.getSeminar().getSurveySentAt() != null;
    }

    boolean openFor(SeminarRegistration registration) {
        return registration.getCheckedInAt() != null && registration.getSeminar().getSurveySentAt() != null
                && !responses.existsByRegistrationId(registration.getId());
    }

    void answer(SeminarRegistration registration, SurveyAnswer answer) {
        if (registration.getCheckedInAt() == null || registration.getSeminar().getSurveySentAt() == null) {
            throw new RuleException("seminar.survey.error.notOpen");
        }
        if (answer.overall() < 1 || answer.overall() > 5 || answer.usefulness() < 1 || answer.usefulness() > 5) {
            throw RuleException.onField("overall", "seminar.survey.error.rating");
        }
        String comment = SeminarForms.blankToNull(answer.comment());
        if (comment != null && comment.length() > 2000) {
            throw RuleException.onField("comment", "seminar.form.error.tooLong");
        }
        if (responses.existsByRegistrationId(registration.getId())) {
            throw new RuleException("seminar.survey.error.answered");
        }
        try {
            responses.saveAndFlush(new SurveyResponse(registration.getId(), registration.getSeminar().getId(),
                    answer.overall(), answer.usefulness(), comment, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new RuleException("seminar.survey.error.answered");
        }
    }

    SurveyResults results(long seminarId) {
        long attended = registrations.findCheckedIn(seminarId).size();
        Object[] summary = responses.summary(seminarId).getFirst();
        Map<Integer, Long> distribution = new TreeMap<>();
        for (int rating = 1; rating <= 5; rating++) {
            distribution.put(rating, 0L);
        }
        for (Object[] row : responses.overallDistribution(seminarId)) {
            distribution.put((Integer) row[0], (Long) row[1]);
        }
        List<String> comments = responses.withComments(seminarId, PageRequest.of(0, 50)).stream()
                .map(SurveyResponse::getComment).toList();
        return new SurveyResults(attended, (Long) summary[0], ((Number) summary[1]).doubleValue(),
                ((Number) summary[2]).doubleValue(), distribution, comments);
    }
}
