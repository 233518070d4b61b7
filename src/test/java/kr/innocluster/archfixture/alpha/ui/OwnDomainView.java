package kr.innocluster.archfixture.alpha.ui;

import kr.innocluster.archfixture.alpha.domain.Gadget;

/** Fixture: a view that uses its own feature's entity (breaks "views never use a domain package"). */
public class OwnDomainView {

    Gadget gadget() {
        return new Gadget();
    }
}
