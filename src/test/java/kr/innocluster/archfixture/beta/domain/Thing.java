package kr.innocluster.archfixture.beta.domain;

/** Fixture: an entity internal to feature "beta". */
public class Thing {
}
