package kr.innocluster.portal.identity;

/**
 * Keycloak created the account of an invitation: features that stored the placeholder id {@code placeholderId}
 * (returned by {@link AccountInvitations#invite}) replace it with the account's id {@code userId}. Published inside
 * the outbox's transaction, so a listener's change commits together with the applied command.
 */
public record InvitedAccountCreated(String placeholderId, String userId, String email) {
}
