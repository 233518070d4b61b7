package kr.innocluster.portal.pilotfactory;

/** The company a booking is made for, as this feature needs it: its id and name. */
record BookingCompany(long id, String name) {
}
