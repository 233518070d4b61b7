/** Diagnosis screens: the questionnaire, results with the regional comparison chart, confirmation, mentor assignment. */
package kr.innocluster.portal.diagnosis.ui;
