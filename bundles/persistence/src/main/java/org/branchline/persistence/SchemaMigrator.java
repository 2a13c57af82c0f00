package org.branchline.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Brings a subsystem's tables to the newest schema its bundle ships, one numbered script at a time, each in
 * its own transaction. Scripts are never edited once released: a new version adds a script, so upgrading
 * keeps the data. Applied versions are recorded per subsystem in {@code branchline_schema}.
 *
 * <p>Scripts are plain SQL that both H2 and PostgreSQL accept; statements end with ';' at the end of a line.
 */
public final class SchemaMigrator {
    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());
    private static final String HISTORY = "CREATE TABLE IF NOT EXISTS branchline_schema ("
            + " subsystem VARCHAR(64) NOT NULL, version INTEGER NOT NULL, applied_at TIMESTAMP NOT NULL,"
            + " PRIMARY KEY (subsystem, version))";

    private final String subsystem;
    private final IntFunction<URL> scripts;

    /**
     * @param scripts the script of each version, starting at 1; null past the last one. Bundles pass e.g.
     *        {@code v -> bundle.getEntry("db/directory/V" + v + ".sql")}.
     */
    public SchemaMigrator(String subsystem, IntFunction<URL> scripts) {
        this.subsystem = subsystem;
        this.scripts = scripts;
    }

    /** Scripts at {@code <folder>/V1.sql, V2.sql ...} on the class path of {@code owner}. */
    public static SchemaMigrator fromClassPath(String subsystem, Class<?> owner, String folder) {
        return new SchemaMigrator(subsystem, v -> owner.getClassLoader().getResource(folder + "/V" + v + ".sql"));
    }

    /** Applies the missing versions and answers the version the schema is at afterwards. */
    public int migrate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                ensureHistory(c);
                int version = currentVersion(c);
                for (URL script = scripts.apply(version + 1); script != null; script = scripts.apply(version + 1)) {
                    apply(c, version + 1, script);
                    version++;
                }
                return version;
            } finally {
                c.setAutoCommit(auto);
            }
        }
    }

    private void ensureHistory(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(HISTORY);
        }
        c.commit();
    }

    private int currentVersion(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(version), 0) FROM branchline_schema WHERE subsystem = ?")) {
            ps.setString(1, subsystem);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private void apply(Connection c, int version, URL script) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements(read(script))) {
                s.execute(sql);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO branchline_schema (subsystem, version, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                ps.setString(1, subsystem);
                ps.setInt(2, version);
                ps.executeUpdate();
            }
            c.commit();
            LOG.info(() -> "Schema of " + subsystem + " migrated to version " + version);
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("schema " + subsystem + " V" + version + " failed: " + e.getMessage(), e);
        }
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(URL script) throws SQLException {
        try (InputStream in = script.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("cannot read " + script, e);
        }
    }
}
