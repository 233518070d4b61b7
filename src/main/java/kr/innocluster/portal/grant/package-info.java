/**
 * Post-award grant management (협약 이후: 협약·교부·집행·보고·정산·사후관리) of the program feature's agreed grants: the
 * agreement as a contract with versions, instalments, expenses against capped budget lines, interim and final reports,
 * agreement changes, settlement with recovery, yearly outcome surveys and officials' dashboards. The program feature
 * does not know this package; it reads agreed grants and writes the audit trail through {@code program.AgreedGrants}.
 */
package kr.innocluster.portal.grant;
