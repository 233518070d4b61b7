package kr.innocluster.portal.seminar;

import java.time.Instant;

/** One programme slot as visitors see it. */
public record SessionInfo(Instant startsAt, Instant endsAt, String topic, String speaker, String affiliation) {
}
