/** Views of pilot projects: lists, the project page, the new-project form, the verification page and the case library. */
package kr.innocluster.portal.pilotproject.ui;
