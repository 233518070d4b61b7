package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A block a feature adds to the public landing page (open programs, upcoming seminars...), so the landing page
 * never imports a feature. Implementations are Spring beans in the feature's {@code ui} package.
 */
public interface LandingSection {

    int order();

    Component create();
}
