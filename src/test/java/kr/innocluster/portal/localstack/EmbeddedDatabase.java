package kr.innocluster.portal.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A real PostgreSQL 15 (zonky's binaries) for the local stack and the tests. */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "portal";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDir a folder that survives restarts (the local stack), or {@code null} for a throw-away one (tests)
     */
    public static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8");
        if (dataDir != null) {
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(builder.start());
        database.createPortalDatabase();
        return database;
    }

    /**
     * A PostgreSQL whose acknowledged commits survive a stop (synchronous commit and fsync on, which zonky turns off
     * for speed), on a data folder that is kept, so a fault test can stop it and start it again on the same port.
     */
    public static EmbeddedDatabase startDurable(Path dataDir, int port) throws IOException {
        EmbeddedDatabase database = new EmbeddedDatabase(EmbeddedPostgres.builder()
                .setPort(port)
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setLocaleConfig("encoding", "UTF8")
                .setLocaleConfig("locale", "C.UTF-8")
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start());
        database.createPortalDatabase();
        return database;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    private void createPortalDatabase() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!exists.next()) {
                    statement.execute("create database " + DATABASE + " encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not create database " + DATABASE, e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
