package org.branchline.voicemail.internal.notify;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import org.branchline.persistence.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database with the voicemail schema and persistence unit, as the server runs them. */
final class H2Database implements AutoCloseable {
    final JdbcDataSource dataSource = new JdbcDataSource();
    final EntityManagerFactory factory;

    H2Database() throws SQLException {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        SchemaMigrator.fromClassPath("voicemail", getClass(), "db/voicemail").migrate(dataSource);
        factory = Persistence.createEntityManagerFactory("branchline-voicemail",
                Map.of("javax.persistence.nonJtaDataSource", dataSource));
    }

    int rows(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    String text(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Override
    public void close() throws SQLException {
        factory.close();
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        }
    }
}
