package org.branchline.directory.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.annotation.Annotation;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.Presence;
import org.branchline.directory.internal.rules.DialPlanRules;
import org.branchline.directory.internal.store.ExtensionEntity;
import org.branchline.directory.internal.store.UserEntity;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The unchecked reads for call handling, on the directory's tables in H2. */
class DirectoryLookupImplTest {
    private JdbcDataSource dataSource;
    private EntityManagerFactory factory;
    private DirectoryDatabase db;
    private DirectoryLookupImpl lookup;

    @BeforeEach
    void directory() throws SQLException {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        factory = Persistence.createEntityManagerFactory("branchline-directory",
                Map.of("javax.persistence.nonJtaDataSource", dataSource));
        db = new DirectoryDatabase(factory, dataSource, new Defaults());
        db.run(em -> {
            em.persist(new ExtensionEntity("102", "USER", "admin", "second"));
            em.persist(new ExtensionEntity("101", "USER", "admin", "first"));
            em.persist(new ExtensionEntity("200", "SYSTEM", null, "front desk"));
        });
        lookup = new DirectoryLookupImpl(db);
    }

    @AfterEach
    void close() throws SQLException {
        factory.close();
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        }
    }

    @Test
    void findsExtensionsByNumberAndByOwner() {
        assertEquals(Optional.of(new Extension("200", ExtensionKind.SYSTEM, null, "front desk")),
                lookup.extension("200"));
        assertEquals(Optional.empty(), lookup.extension("150"));
        assertEquals(Optional.empty(), lookup.extension(null));
        assertEquals(List.of("101", "102"), lookup.extensionsOf("admin").stream().map(Extension::number).toList());
        assertEquals(List.of(), lookup.extensionsOf("nobody"));
    }

    @Test
    void readsTheCurrentPresence() {
        assertEquals(Optional.of(Presence.IN_OFFICE), lookup.presence("admin"));
        db.run(em -> em.find(UserEntity.class, "admin").presence = Presence.AT_HOME.name());
        assertEquals(Optional.of(Presence.AT_HOME), lookup.presence("admin"));
        assertEquals(Optional.empty(), lookup.presence("nobody"));
        assertEquals(Optional.empty(), lookup.presence(null));
    }

    @Test
    void readsTheDialPlan() {
        assertEquals(DialPlanRules.defaults(), lookup.dialPlan());
    }

    private static final class Defaults implements DirectoryConfig {
        @Override
        public Class<? extends Annotation> annotationType() {
            return DirectoryConfig.class;
        }

        @Override
        public String serverAdministratorLogin() {
            return "admin";
        }

        @Override
        public String serverAdministratorInitialPassword() {
            return "admin";
        }

        @Override
        public boolean serverAdministratorPasswordChangeRequired() {
            return true;
        }
    }
}
