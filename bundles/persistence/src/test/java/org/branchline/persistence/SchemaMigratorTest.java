package org.branchline.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigratorTest {
    @TempDir
    Path dir;

    private JdbcDataSource database() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + dir.resolve("db") + ";WRITE_DELAY=0");
        return ds;
    }

    private static SchemaMigrator upTo(int last) {
        return new SchemaMigrator("sample", v -> v <= last
                ? SchemaMigratorTest.class.getClassLoader().getResource("db/migration/sample/V" + v + ".sql")
                : null);
    }

    @Test
    void upgradeKeepsRowsAndAddsColumns() throws Exception {
        JdbcDataSource ds = database();
        assertEquals(1, upTo(1).migrate(ds));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO sample_user (id, login_name) VALUES (2, 'bob')");
        }
        assertEquals(2, upTo(2).migrate(ds));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT login_name, full_name FROM sample_user ORDER BY id")) {
            rs.next();
            assertEquals("alice", rs.getString(2));
            rs.next();
            assertEquals("bob", rs.getString(2));
        }
    }

    @Test
    void migratingTwiceAppliesNothingTwice() throws Exception {
        JdbcDataSource ds = database();
        SchemaMigrator all = SchemaMigrator.fromClassPath("sample", getClass(), "db/migration/sample");
        assertEquals(2, all.migrate(ds));
        assertEquals(2, all.migrate(ds));
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM sample_user")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    void failedScriptRollsBackAndIsNotRecorded() throws Exception {
        JdbcDataSource ds = database();
        Path bad = dir.resolve("V2.sql");
        Files.writeString(bad, "ALTER TABLE sample_user ADD COLUMN note VARCHAR(10);\nSELECT no_such_column FROM sample_user;\n");
        URL v1 = getClass().getClassLoader().getResource("db/migration/sample/V1.sql");
        URL v2 = bad.toUri().toURL();
        SchemaMigrator broken = new SchemaMigrator("sample", v -> v == 1 ? v1 : v == 2 ? v2 : null);
        SQLException e = assertThrows(SQLException.class, () -> broken.migrate(ds));
        assertEquals(true, e.getMessage().startsWith("schema sample V2 failed"));
        assertEquals(1, upTo(1).migrate(ds));
    }

    @Test
    void splitsStatementsAtLineEndSemicolons() {
        assertEquals(2, SchemaMigrator.statements("-- c\nCREATE TABLE a (x INT);\n\nINSERT INTO a VALUES (1);\n").size());
    }
}
