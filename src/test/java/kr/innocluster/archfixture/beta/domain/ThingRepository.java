package kr.innocluster.archfixture.beta.domain;

import org.springframework.data.repository.Repository;

/** Fixture: a repository internal to feature "beta". */
public interface ThingRepository extends Repository<Thing, Long> {
}
