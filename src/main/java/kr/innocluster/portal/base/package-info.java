/** Shared building blocks only: time, i18n and the main layout. Features depend on base, never the other way. */
package kr.innocluster.portal.base;
