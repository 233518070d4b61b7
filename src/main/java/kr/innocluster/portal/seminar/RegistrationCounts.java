package kr.innocluster.portal.seminar;

/** Live numbers of one seminar for officials. */
public record RegistrationCounts(int capacity, long confirmed, long waitlisted, long cancelled, long checkedIn) {

    public long remaining() {
        return Math.max(0, capacity - confirmed);
    }
}
