package kr.innocluster.portal.grant;

/**
 * A grant project's state. Officials prepare the contract (CONTRACTING); it becomes ACTIVE once the company and the
 * official both confirmed it; the official's settlement moves it to FOLLOW_UP (yearly outcome surveys) or, when the
 * program asks for none or the last survey is in, CLOSED.
 */
public enum ProjectStatus {
    CONTRACTING, ACTIVE, FOLLOW_UP, CLOSED;

    public boolean running() {
        return this == ACTIVE;
    }

    public boolean settled() {
        return this == FOLLOW_UP || this == CLOSED;
    }
}
