/**
 * Identity: the portal's side of Keycloak. Keycloak holds accounts, credentials and who has which role; the portal
 * drives it through the Admin REST API with the service-account client {@code portal-admin}. Every change goes through
 * a retried outbox written in the caller's transaction ({@link kr.innocluster.portal.identity.RoleGrants}), so a
 * decision taken while Keycloak is down is applied when it returns; applied changes stamp the person so their open
 * sessions refresh (see {@code security.SessionRoleRefresh}). Administrators grant and revoke staff roles on the
 * "users and roles" screen ({@link kr.innocluster.portal.identity.IdentityService}). Invitations
 * ({@link kr.innocluster.portal.identity.AccountInvitations}, command {@code INVITE_USER}) create the account with a
 * realm role and the required actions verify e-mail and set password, and have Keycloak mail the link; until then the
 * person is known under a placeholder id, which {@link kr.innocluster.portal.identity.InvitedAccountCreated} replaces.
 */
package kr.innocluster.portal.identity;
