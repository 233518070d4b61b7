package kr.innocluster.portal.pilotfactory;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A block another feature adds to a booking's details on the operators' desk (e.g. the pilot project a booking
 * serves), so this package never imports that feature. Implementations are Spring beans; the desk calls
 * {@link #create} for a booking the viewer may see, and the feature's own service still checks access itself.
 */
public interface BookingDetailSection {

    int order();

    /** The block for this booking, or empty when the feature has nothing to say about it. */
    Optional<Component> create(BookingSummary booking);
}
