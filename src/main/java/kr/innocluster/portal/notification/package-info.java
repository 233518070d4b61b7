/** Outgoing mail (stored first, sent after commit, retried) and in-portal notices, used by every feature. */
package kr.innocluster.portal.notification;
