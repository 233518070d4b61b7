package kr.innocluster.portal.seminar;

/** An attendee's answer: two ratings from 1 to 5 and an optional comment. */
public record SurveyAnswer(int overall, int usefulness, String comment) {
}
