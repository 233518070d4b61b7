/** Technical settings and status for the system administrator. */
package kr.innocluster.portal.admin;
