package kr.innocluster.portal.pilotfactory;

/** What a bookable resource is: a production line, a robot cell, an inspection station or a server. */
public enum ResourceKind {
    LINE, ROBOT_CELL, INSPECTION, SERVER
}
