package kr.innocluster.portal.pilotfactory;

/** The resource or booking does not exist, or the caller may not see it: both look the same. */
public class PilotFactoryNotFoundException extends RuntimeException {

    public PilotFactoryNotFoundException() {
        super("pf.error.notFound");
    }

    public String messageKey() {
        return "pf.error.notFound";
    }
}
