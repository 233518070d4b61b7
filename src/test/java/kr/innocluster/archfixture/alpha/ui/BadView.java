package kr.innocluster.archfixture.alpha.ui;

import kr.innocluster.archfixture.beta.domain.Thing;
import kr.innocluster.archfixture.beta.domain.ThingRepository;

/** Fixture: a view of feature "alpha" that breaks both rules on purpose (used by ArchitectureTest). */
public class BadView {

    Thing show(ThingRepository repository) {
        return new Thing();
    }
}
