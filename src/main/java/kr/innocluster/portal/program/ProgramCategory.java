package kr.innocluster.portal.program;

/** The field a program supports; shown through i18n key {@code program.category.<NAME>}. */
public enum ProgramCategory {
    MANUFACTURING_AX, SMART_FACTORY, BIO_AI, DIGITAL_TRANSFORMATION, STARTUP
}
