package kr.innocluster.portal.identity;

/** Keycloak could not be reached or answered with an error that may pass (the outbox tries again later). */
class KeycloakUnavailableException extends RuntimeException {

    KeycloakUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
