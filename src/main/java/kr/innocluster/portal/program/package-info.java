/**
 * Support programs and grants (지원사업): announcement, application with documents, intake, review with a weighted
 * rubric, selection within the budget, notification and agreement (협약). Services and small records here are the
 * public API; {@code domain} holds entities and repositories, {@code ui} the views.
 */
package kr.innocluster.portal.program;
