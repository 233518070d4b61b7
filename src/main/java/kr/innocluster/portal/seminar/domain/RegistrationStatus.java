package kr.innocluster.portal.seminar.domain;

public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
