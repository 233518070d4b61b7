/** OIDC login against Keycloak, realm roles as Spring authorities, and the current user for ownership checks. */
package kr.innocluster.portal.security;
