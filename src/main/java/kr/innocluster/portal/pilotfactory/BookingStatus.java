package kr.innocluster.portal.pilotfactory;

/** Requested and approved bookings hold their slot; rejected and cancelled ones free it. */
public enum BookingStatus {
    REQUESTED, APPROVED, REJECTED, CANCELLED;

    public boolean holdsSlot() {
        return this == REQUESTED || this == APPROVED;
    }
}
