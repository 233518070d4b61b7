package kr.innocluster.portal.base;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ApplicationListener;
import org.springframework.core.metrics.StartupStep;

/**
 * The start's trace, for profiling the start (issue 14): with {@code -Dportal.startup-trace=true} Spring records each
 * start step ({@link BufferingApplicationStartup}) and, once the portal is ready, the slowest steps are printed with
 * their own time (without the steps inside them), e.g. which bean's creation or which configuration class costs what.
 * Off by default: recording costs a little itself.
 */
public final class StartupTrace implements ApplicationListener<ApplicationReadyEvent> {

    private static final int SHOWN = 40;

    private final BufferingApplicationStartup startup;

    private StartupTrace(BufferingApplicationStartup startup) {
        this.startup = startup;
    }

    /** Installs the recording on the application when {@code portal.startup-trace} is set. */
    public static void installIfRequested(SpringApplication application) {
        if (!Boolean.getBoolean("portal.startup-trace")) {
            return;
        }
        BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
        application.setApplicationStartup(startup);
        application.addListeners(new StartupTrace(startup));
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        List<StartupTimeline.TimelineEvent> events = startup.getBufferedTimeline().getEvents();
        Map<Long, Duration> inner = new HashMap<>();
        for (StartupTimeline.TimelineEvent e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                inner.merge(parent, e.getDuration(), Duration::plus);
            }
        }
        StringBuilder out = new StringBuilder("[startup-trace] slowest steps (own ms / total ms / step):\n");
        events.stream()
                .sorted(Comparator.comparing((StartupTimeline.TimelineEvent e) -> own(e, inner)).reversed())
                .limit(SHOWN)
                .forEach(e -> out.append(String.format("%7d %7d  %s%s%n", own(e, inner).toMillis(),
                        e.getDuration().toMillis(), e.getStartupStep().getName(), tags(e.getStartupStep()))));
        System.out.print(out);
    }

    private static Duration own(StartupTimeline.TimelineEvent e, Map<Long, Duration> inner) {
        Duration own = e.getDuration().minus(inner.getOrDefault(e.getStartupStep().getId(), Duration.ZERO));
        return own.isNegative() ? Duration.ZERO : own;
    }

    private static String tags(StartupStep step) {
        StringBuilder tags = new StringBuilder();
        step.getTags().forEach(tag -> tags.append(' ').append(tag.getKey()).append('=').append(tag.getValue()));
        return tags.toString();
    }
}
