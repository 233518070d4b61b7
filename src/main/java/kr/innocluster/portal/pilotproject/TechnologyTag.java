package kr.innocluster.portal.pilotproject;

/** The technologies a case library entry is searched by. */
public enum TechnologyTag {
    AI, BIG_DATA, BLOCKCHAIN, DIGITAL_TWIN, VISION, ROBOTICS, IOT, EDGE_COMPUTING
}
