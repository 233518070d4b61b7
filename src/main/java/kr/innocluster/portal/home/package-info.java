/** The public landing page and each signed-in user's home page. */
package kr.innocluster.portal.home;
