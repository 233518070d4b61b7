/**
 * Smart-factory diagnosis (수준진단): a questionnaire over six areas, scored by {@link
 * kr.innocluster.portal.diagnosis.DiagnosisScoring} into a level 1–5 overall and per area; a company's
 * self-assessment; confirmation or correction by the assigned mentor or an official (visit date, notes), which
 * records the confirmed level with the company ({@link kr.innocluster.portal.company.SmartFactoryLevels}); the
 * comparison with companies of the same region and KSIC section (only when at least five others stand behind the
 * average); mentors and their assignment to companies ({@link kr.innocluster.portal.diagnosis.MentorService}).
 *
 * <p>Who sees what: a company sees only its own diagnoses; a mentor only those of companies currently assigned to them;
 * officials all. Anyone else gets "not found", exactly as for an id that does not exist.
 */
package kr.innocluster.portal.diagnosis;
