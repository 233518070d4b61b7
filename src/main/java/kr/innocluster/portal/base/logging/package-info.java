/** Logging that keeps personal data out of the portal's logs (masking converters used by logback-spring.xml). */
package kr.innocluster.portal.base.logging;
