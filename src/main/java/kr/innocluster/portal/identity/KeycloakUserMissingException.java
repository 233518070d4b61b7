package kr.innocluster.portal.identity;

/** Keycloak has no such person (deleted in the console): a command for them can never be applied. */
class KeycloakUserMissingException extends RuntimeException {

    KeycloakUserMissingException(String userId) {
        super("Keycloak has no user " + userId);
    }
}
