package org.branchline.routing.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database with the routing persistence unit on it, as the server runs it. */
final class H2Database implements AutoCloseable {
    final JdbcDataSource dataSource = new JdbcDataSource();
    final EntityManagerFactory factory;

    H2Database() {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        factory = Persistence.createEntityManagerFactory("branchline-routing",
                Map.of("javax.persistence.nonJtaDataSource", dataSource));
    }

    /** The routing data as a (re)started bundle reads it. */
    RoutingDatabase start() throws SQLException {
        return new RoutingDatabase(factory, dataSource);
    }

    int rows(String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
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
