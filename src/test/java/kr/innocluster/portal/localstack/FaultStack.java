package kr.innocluster.portal.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The parts of the {@link TestStack} that fault tests may break, in their own Failsafe run (own JVM), so no other test
 * sees the breakage: a PostgreSQL of its own that commits durably and can be stopped and started again on its data
 * folder and port; Keycloak and SMTP behind {@link TcpProxy proxies} that can be cut and restored; an upload folder
 * whose parent can be replaced by a file. Timeouts, retry delays and refresh bounds are seconds instead of minutes.
 */
public final class FaultStack {

    private static volatile FaultStack instance;

    private final TestStack stack;
    private final Path databaseDir;
    private final int databasePort;
    private volatile EmbeddedDatabase database;
    private final TcpProxy keycloak;
    private final TcpProxy smtp;
    private final Path storageParent;

    private FaultStack(TestStack stack, Path databaseDir, int databasePort, EmbeddedDatabase database,
                       Path storageParent) {
        this.stack = stack;
        this.databaseDir = databaseDir;
        this.databasePort = databasePort;
        this.database = database;
        this.keycloak = TcpProxy.start("127.0.0.1", stack.keycloak().port());
        this.smtp = TcpProxy.start("127.0.0.1", stack.mail().port());
        this.storageParent = storageParent;
    }

    public static FaultStack get() {
        if (instance == null) {
            synchronized (FaultStack.class) {
                if (instance == null) {
                    instance = start();
                }
            }
        }
        return instance;
    }

    private static FaultStack start() {
        try {
            TestStack stack = TestStack.get();
            Path base = Files.createDirectories(LocalPaths.projectDir().resolve("target/fault-stack"));
            Path databaseDir = Files.createTempDirectory(base, "postgres-");
            int port = LocalPaths.freePort();
            EmbeddedDatabase database = EmbeddedDatabase.startDurable(databaseDir, port);
            Path storageParent = Files.createTempDirectory(base, "uploads-");
            FaultStack faults = new FaultStack(stack, databaseDir, port, database, storageParent);
            Runtime.getRuntime().addShutdownHook(new Thread(faults::stop, "fault-stack-stop"));
            return faults;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The test stack's properties, with the breakable parts in place of the shared ones. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>(stack.properties());
        properties.put("spring.datasource.url", database.jdbcUrl());
        properties.put("spring.security.oauth2.client.provider.keycloak.issuer-uri",
                "http://localhost:" + keycloak.port() + "/realms/" + KeycloakServer.REALM);
        properties.put("spring.mail.port", String.valueOf(smtp.port()));
        properties.put("portal.storage.dir", storageDir().toString());
        // outages are noticed and retried within seconds here (minutes in production)
        properties.put("spring.datasource.hikari.connection-timeout", "3000");
        properties.put("portal.mail.retry-delay", "1s");
        properties.put("portal.mail.first-backoff", "PT1S");
        properties.put("portal.mail.max-backoff", "PT2S");
        properties.put("portal.storage.max-total-bytes", String.valueOf(STORAGE_QUOTA_BYTES));
        properties.put("portal.keycloak.availability.cache", "PT1S");
        return properties;
    }

    /** The size-limited upload storage of the fault tests. */
    public static final long STORAGE_QUOTA_BYTES = 2L * 1024 * 1024;

    public TestStack stack() {
        return stack;
    }

    // --- PostgreSQL ------------------------------------------------------------------------------------------------

    private volatile boolean databaseStopped;

    /** Stops PostgreSQL (a clean shutdown); its data folder and port stay. */
    public synchronized void stopDatabase() {
        try {
            databaseStopped = true;
            database.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts PostgreSQL again on the same data folder and port. */
    public synchronized void startDatabase() {
        if (!databaseStopped) {
            return;
        }
        try {
            database = EmbeddedDatabase.startDurable(databaseDir, databasePort);
            databaseStopped = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JDBC URL of the portal's database (for a test's own checks, straight to PostgreSQL). */
    public String jdbcUrl() {
        return database.jdbcUrl();
    }

    // --- Keycloak and SMTP -----------------------------------------------------------------------------------------

    public TcpProxy keycloak() {
        return keycloak;
    }

    public TcpProxy smtp() {
        return smtp;
    }

    // --- uploads ---------------------------------------------------------------------------------------------------

    public Path storageDir() {
        return storageParent.resolve("store");
    }

    /**
     * Makes the upload folder unwritable even for root: its parent becomes a plain file (the folder itself is moved
     * aside and comes back with {@link #repairStorage()}).
     */
    public void breakStorage() {
        try {
            Files.move(storageParent, aside());
            Files.writeString(storageParent, "not a folder");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void repairStorage() {
        try {
            if (Files.isRegularFile(storageParent)) {
                Files.delete(storageParent);
                Files.move(aside(), storageParent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file the storage holds now (for "no row points at a missing file"). */
    public long storedFiles() {
        if (!Files.isDirectory(storageDir())) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(storageDir())) {
            return files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".part")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path aside() {
        return storageParent.resolveSibling(storageParent.getFileName() + "-aside");
    }

    /** How long the tests wait at most for a part to be back. */
    public static final Duration RECOVERY = Duration.ofSeconds(30);

    private void stop() {
        keycloak.close();
        smtp.close();
        try {
            database.close();
        } catch (IOException ignored) {
            // the JVM is ending anyway
        }
    }
}
