package kr.innocluster.archfixture.alpha.domain;

/** Fixture: an entity of feature "alpha". */
public class Gadget {
}
