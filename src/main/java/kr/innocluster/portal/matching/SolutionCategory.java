package kr.innocluster.portal.matching;

/** What a solution is; labels {@code matching.category.<NAME>}. */
public enum SolutionCategory {
    MES, ERP, PLM, SCADA, VISION_AI, PREDICTIVE_MAINTENANCE, DIGITAL_TWIN, BLOCKCHAIN_TRACEABILITY, WMS,
    ENERGY_MANAGEMENT, ROBOTICS, IOT_SENSING
}
