/** Matching screens: catalogue and recommendations, suppliers' solutions and requests, consultations, mentoring. */
package kr.innocluster.portal.matching.ui;
