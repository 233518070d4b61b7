/** Accounts of people who signed in (mirrored from Keycloak) and their preferences. */
package kr.innocluster.portal.account;
