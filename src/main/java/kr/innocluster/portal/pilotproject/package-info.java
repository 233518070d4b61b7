/**
 * Pilot projects (실증과제) on top of pilot-factory bookings: a company states the solution under test, its objective,
 * KPIs with targets and the data terms it agrees to; the operator logs each run and hands over run data; the operator
 * or an official verifies the results, which gives a 실증확인서 with a public verification page, and (when the terms
 * allow it) an anonymised case in the public case library. The pilot factory never imports this package: its booking
 * screens show the project through {@link kr.innocluster.portal.pilotfactory.BookingDetailSection}.
 *
 * <p>States and who moves a project: the company opens it ({@link ProjectStatus#PLANNED}); the operator's first run
 * log starts it ({@link ProjectStatus#RUNNING}); the operator or an official records the results of every KPI
 * ({@link ProjectStatus#RESULTS_RECORDED}) and verifies them ({@link ProjectStatus#VERIFIED}); an official publishes a
 * verified case whose terms allow the library ({@link ProjectStatus#PUBLISHED}); the company withdraws its terms at
 * any time ({@link ProjectStatus#WITHDRAWN}, final).
 */
package kr.innocluster.portal.pilotproject;
