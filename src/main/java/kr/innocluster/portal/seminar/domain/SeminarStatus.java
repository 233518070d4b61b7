package kr.innocluster.portal.seminar.domain;

public enum SeminarStatus {
    DRAFT, PUBLISHED, CANCELLED
}
