/**
 * Seminars: publishing, registration that never overbooks (a conditional update in PostgreSQL), a waitlist promoted in
 * arrival order, QR tickets, check-in, certificates of attendance with public verification, calendar files, a
 * satisfaction survey for attendees, and the retention purge of attendees' personal data.
 */
package kr.innocluster.portal.seminar;
