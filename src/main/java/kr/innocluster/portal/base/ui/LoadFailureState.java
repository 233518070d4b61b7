package kr.innocluster.portal.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a list shows when its data could not be loaded (the database away, a bug): "could not be loaded, try again"
 * with a retry button, never the list's empty state, which would tell the user they have nothing. CSS class
 * {@code ic-load-failed}; the text is the same in every list.
 */
public final class LoadFailureState extends Div {

    private static final Logger log = LoggerFactory.getLogger(LoadFailureState.class);

    private LoadFailureState(Runnable retry) {
        addClassName("ic-load-failed");
        var icon = VaadinIcon.WARNING.create();
        icon.addClassName("ic-load-failed-icon");
        Span text = new Span(getTranslation("list.loadFailed"));
        text.addClassName("ic-load-failed-text");
        add(icon, text);
        if (retry != null) {
            Button again = new Button(getTranslation("list.retry"), VaadinIcon.REFRESH.create(), click -> retry.run());
            again.addClassName("ic-load-failed-retry");
            again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            add(again);
        }
    }

    /**
     * A block (a home-page section, a list built at once) that shows the failure state in its place when building it
     * fails; {@code retry} builds it again (null: no retry button).
     */
    public static Component orFailure(Supplier<? extends Component> build, Runnable retry) {
        try {
            return build.get();
        } catch (RuntimeException failure) {
            logFailure(failure);
            return new LoadFailureState(retry);
        }
    }

    /** The failure state alone, with a retry action (null: none), for a list that loads its data itself. */
    public static Component of(RuntimeException failure, Runnable retry) {
        logFailure(failure);
        return new LoadFailureState(retry);
    }

    /**
     * Makes a lazy grid show this state instead of its empty state when loading a page fails: the grid's fetch goes
     * through the returned {@link GridLoading#load}. The empty-state text is the one the list shows when it really has
     * no rows.
     */
    public static <T> GridLoading<T> guard(Grid<T> grid, String emptyText) {
        return new GridLoading<>(grid, emptyText);
    }

    /** The fetch side of {@link #guard}: remembers whether the last load failed and shows the matching state. */
    public static final class GridLoading<T> {

        private final Div emptyState = new Div();
        private final Span empty;
        private final LoadFailureState failed;

        private GridLoading(Grid<T> grid, String emptyText) {
            empty = new Span(emptyText);
            empty.addClassName("ic-empty-state");
            failed = new LoadFailureState(() -> grid.getDataProvider().refreshAll());
            emptyState.add(empty);
            grid.setEmptyStateComponent(emptyState);
        }

        /** Loads one page; a failure leaves the grid without rows, showing "could not be loaded". */
        public List<T> load(Supplier<List<T>> page) {
            try {
                List<T> rows = page.get();
                show(empty);
                return rows;
            } catch (RuntimeException failure) {
                logFailure(failure);
                show(failed);
                return List.of();
            }
        }

        private void show(Component state) {
            if (state.getParent().isEmpty()) {
                emptyState.removeAll();
                emptyState.add(state);
            }
        }
    }

    private static void logFailure(RuntimeException failure) {
        if (Unavailability.isUnavailable(failure)) {
            log.warn("A list could not be loaded: a part is unavailable: {}", failure.toString());
        } else {
            log.error("A list could not be loaded", failure);
        }
    }
}
