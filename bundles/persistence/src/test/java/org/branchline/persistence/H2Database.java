package org.branchline.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database with a subsystem's tables and its persistence unit on them, as the server runs
 * them; for the subsystems' unit tests (this module's test-jar).
 */
public final class H2Database implements AutoCloseable {
    public final JdbcDataSource dataSource = new JdbcDataSource();
    public final EntityManagerFactory factory;

    /** The persistence unit {@code unit} on an empty database (the test makes the tables). */
    public H2Database(String unit) {
        this(null, unit);
    }

    /** The scripts {@code db/<subsystem>/V*.sql} of the test's class path applied, then the unit {@code unit}. */
    public static H2Database migrated(String subsystem, String unit) {
        return new H2Database(subsystem, unit);
    }

    private H2Database(String subsystem, String unit) {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        if (subsystem != null) {
            try {
                SchemaMigrator.fromClassPath(subsystem, H2Database.class, "db/" + subsystem).migrate(dataSource);
            } catch (SQLException e) {
                throw new IllegalStateException("the schema of " + subsystem + " did not apply", e);
            }
        }
        factory = Persistence.createEntityManagerFactory(unit,
                Map.of("javax.persistence.nonJtaDataSource", dataSource));
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute(sql);
        }
    }

    public int rows(String table) throws SQLException {
        return Integer.parseInt(text("SELECT COUNT(*) FROM " + table));
    }

    public String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        factory.close();
        execute("SHUTDOWN");
    }
}
