/**
 * Shared building blocks only: time, money, i18n, the one rule-exception family ({@link kr.innocluster.portal.base.RuleException}),
 * scheduling with ShedLock, file storage ({@code storage}) and the shared UI pieces ({@code ui}: layout, notices, form
 * errors, reason dialog, uploads). Features depend on base, never the other way.
 */
package kr.innocluster.portal.base;
