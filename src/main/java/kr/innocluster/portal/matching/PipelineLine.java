package kr.innocluster.portal.matching;

/** One supplier's (or program's) consultations: requested, accepted, met, contracted, declined. */
public record PipelineLine(long id, String name, long requested, long accepted, long met, long contracted,
                           long declined) {
}
