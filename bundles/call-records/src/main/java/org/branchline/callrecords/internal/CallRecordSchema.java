package org.branchline.callrecords.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.branchline.persistence.SchemaMigrator;

/**
 * The call_record table at its newest version, holding the records the SIP core kept before this subsystem
 * existed: a {@code sip_call_record} table still there (its V1 made it, on an older server or at this first
 * start) is moved over, ids kept, and dropped, in one transaction.
 */
final class CallRecordSchema {
    private static final Logger LOG = Logger.getLogger(CallRecordSchema.class.getName());
    private static final String FORMER = "sip_call_record";
    private static final String COLUMNS =
            "id, call_id, started, answered, ended, from_party, to_party, answered_by, disposition, route";

    private CallRecordSchema() {
    }

    /** Migrates and takes over the former table; answers the schema version. */
    static int prepare(DataSource dataSource) throws SQLException {
        int version = SchemaMigrator.fromClassPath("call-records", CallRecordSchema.class, "db/call-records")
                .migrate(dataSource);
        try (Connection c = dataSource.getConnection()) {
            if (exists(c.getMetaData(), FORMER)) {
                takeOver(c);
            }
        }
        return version;
    }

    private static void takeOver(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            int moved = s.executeUpdate("INSERT INTO call_record (" + COLUMNS + ") SELECT " + COLUMNS + " FROM " + FORMER);
            s.execute("DROP TABLE " + FORMER);
            s.execute("DROP SEQUENCE IF EXISTS " + FORMER + "_seq");
            s.execute("ALTER SEQUENCE call_record_seq RESTART WITH " + nextBlockTop(s));
            c.commit();
            LOG.info("Took over " + moved + " call detail records from the SIP core's former table");
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The sequence value that gives a block of 50 ids above every id taken (EclipseLink reads it as the top). */
    private static long nextBlockTop(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM call_record")) {
            rs.next();
            return Math.max(50, rs.getLong(1) + 50);
        }
    }

    /** H2 keeps unquoted names in upper case, PostgreSQL in lower case. */
    private static boolean exists(DatabaseMetaData meta, String table) throws SQLException {
        String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase() : table;
        try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
            return rs.next();
        }
    }
}
