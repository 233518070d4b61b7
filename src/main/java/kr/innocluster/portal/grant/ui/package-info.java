/** Views of the post-award cycle: project list, project page with one tab per stage, officials' dashboard. */
package kr.innocluster.portal.grant.ui;
