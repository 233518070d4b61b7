/**
 * Pilot-factory (실증팩토리) bookings: operators keep resources, opening hours and blackouts; verified companies
 * request time, operators approve. A PostgreSQL exclusion constraint guarantees that two live bookings of one
 * resource never overlap; the services enforce the softer rules (opening hours, lengths, lead time, quota).
 */
package kr.innocluster.portal.pilotfactory;
