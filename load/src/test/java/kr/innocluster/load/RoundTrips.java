package kr.innocluster.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Response times of every UIDL round trip (the target is per round trip, across all request names), collected by the
 * simulation and summarised at its end into {@code roundTrips} (a file the benchmark script prints).
 */
final class RoundTrips {

    private static final ConcurrentLinkedQueue<Integer> ALL = new ConcurrentLinkedQueue<>();
    private static final Map<String, ConcurrentLinkedQueue<Integer>> BY_KIND = new ConcurrentHashMap<>();
    /** Per 30-second window of the run (from the first round trip): is the tail the sign-in storm of the ramp? */
    private static final Map<Long, ConcurrentLinkedQueue<Integer>> BY_WINDOW = new ConcurrentHashMap<>();
    private static final long WINDOW_MILLIS = 30_000;
    private static volatile long firstAt;

    private RoundTrips() {
    }

    static void record(String request, int millis) {
        ALL.add(millis);
        long now = System.currentTimeMillis();
        if (firstAt == 0) {
            firstAt = now;
        }
        BY_WINDOW.computeIfAbsent((now - firstAt) / WINDOW_MILLIS, w -> new ConcurrentLinkedQueue<>()).add(millis);
        String kind = request.endsWith("(client sync)") ? "client sync" : "user action";
        BY_KIND.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(millis);
    }

    static void write(String file) {
        StringBuilder out = new StringBuilder();
        out.append(line("all UIDL round trips", ALL));
        new TreeMap<>(BY_KIND).forEach((kind, values) -> out.append(line("  " + kind, values)));
        new TreeMap<>(BY_WINDOW).forEach((window, values) -> out.append(line(String.format(Locale.ROOT,
                "  %3d-%3d s", window * WINDOW_MILLIS / 1000, (window + 1) * WINDOW_MILLIS / 1000), values)));
        System.out.print(out);
        if (file != null && !file.isBlank()) {
            try {
                Files.writeString(Path.of(file), out);
            } catch (IOException e) {
                System.err.println("cannot write " + file + ": " + e);
            }
        }
    }

    private static String line(String what, ConcurrentLinkedQueue<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        sorted.sort(null);
        if (sorted.isEmpty()) {
            return String.format(Locale.ROOT, "%-24s n=0%n", what);
        }
        return String.format(Locale.ROOT, "%-24s n=%d  p50=%d ms  p95=%d ms  p99=%d ms  max=%d ms%n", what,
                sorted.size(), pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static int pct(List<Integer> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
