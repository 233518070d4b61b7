package kr.innocluster.portal.pilotproject;

/** The industry a pilot project serves, for the case library's search (broad KSIC manufacturing groups). */
public enum PilotIndustry {
    MACHINERY, AUTOMOTIVE_PARTS, ELECTRONICS, METAL, PLASTICS, CHEMICAL, FOOD, BIO_HEALTH, TEXTILE, OTHER
}
