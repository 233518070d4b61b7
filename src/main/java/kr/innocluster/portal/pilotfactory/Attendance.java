package kr.innocluster.portal.pilotfactory;

/** Recorded by an operator for an approved booking once its slot has started. */
public enum Attendance {
    CHECKED_IN, NO_SHOW
}
