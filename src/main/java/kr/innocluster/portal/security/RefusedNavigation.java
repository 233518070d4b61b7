package kr.innocluster.portal.security;

/**
 * A signed-in person opened a view their roles do not allow. Published (as the object of an
 * {@code AuthorizationDeniedEvent}) by the access-denied page, like method security publishes refused service calls,
 * so both end up in the security log.
 */
public record RefusedNavigation(String path) {

    @Override
    public String toString() {
        return "view /" + path;
    }
}
