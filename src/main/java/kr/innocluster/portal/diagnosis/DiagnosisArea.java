package kr.innocluster.portal.diagnosis;

/** The areas a smart-factory assessment covers; labels {@code diagnosis.area.<NAME>}. */
public enum DiagnosisArea {
    PLANNING_DESIGN, PRODUCTION, QUALITY, LOGISTICS, EQUIPMENT, INFORMATION_SYSTEMS
}
