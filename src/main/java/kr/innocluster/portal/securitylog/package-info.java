/**
 * The security and privacy log (개인정보 접속기록 under PIPA): sign-ins, refused access, role grants and revocations,
 * and every search, detail view or export of personal data, with account ids only. Append-only in the database;
 * officials and administrators search and export it. Other features report views of personal data through
 * {@link kr.innocluster.portal.securitylog.SecurityLog#personalDataViewed}.
 */
package kr.innocluster.portal.securitylog;
