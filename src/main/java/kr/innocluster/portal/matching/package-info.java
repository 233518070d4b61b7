/**
 * Smart-factory solution catalogue, supplier–demand matching, consultations, mentoring and roadmaps. Other features
 * contribute evidence to a supplier's track record through {@link kr.innocluster.portal.matching.TrackRecordSource}
 * without this package importing them.
 */
package kr.innocluster.portal.matching;
