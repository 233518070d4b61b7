package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.Component;
import kr.innocluster.portal.security.PortalUser;

/** A block a feature adds to the signed-in home page of the roles it serves (e.g. "applications to review"). */
public interface HomeSection {

    int order();

    boolean appliesTo(PortalUser user);

    Component create(PortalUser user);
}
