package kr.innocluster.portal.seminar;

/** A seminar's life: a draft only officials see, published (open to registration in its window), or cancelled. */
public enum SeminarStatus {
    DRAFT, PUBLISHED, CANCELLED
}
