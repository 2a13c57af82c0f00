package org.branchline.directory.internal;

import java.sql.SQLException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.Presence;
import org.branchline.api.directory.UserTemplate;
import org.branchline.api.security.Role;
import org.branchline.directory.internal.rules.PinRules;
import org.branchline.directory.internal.rules.TemplateSettings;
import org.branchline.directory.internal.store.TemplateEntity;
import org.branchline.directory.internal.store.UserEntity;
import org.branchline.persistence.SchemaMigrator;
import org.branchline.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The directory's tables: brings the schema up to date, seeds the factory defaults and the first Server
 * Administrator, and runs the services' transactions.
 */
@Component(service = DirectoryDatabase.class, configurationPid = "org.branchline.directory")
@Designate(ocd = DirectoryConfig.class)
public class DirectoryDatabase {
    private static final Logger LOG = Logger.getLogger(DirectoryDatabase.class.getName());
    private final Transactions transactions;
    private final CachedDialPlan dialPlan;

    @Activate
    public DirectoryDatabase(
            @Reference(target = "(osgi.unit.name=branchline-directory)") EntityManagerFactory factory,
            @Reference(target = "(osgi.jndi.service.name=branchline)") DataSource dataSource,
            DirectoryConfig config) throws SQLException {
        int version = SchemaMigrator.fromClassPath("directory", getClass(), "db/directory").migrate(dataSource);
        this.transactions = new Transactions(factory);
        this.dialPlan = new CachedDialPlan(() -> call(DirectorySettings::dialPlan));
        seed(config);
        LOG.info("Started directory, schema version " + version);
    }

    public <T> T call(Function<EntityManager, T> work) {
        return transactions.call(work);
    }

    public void run(Consumer<EntityManager> work) {
        transactions.run(work);
    }

    /** The dial plan, read from the database only when it has changed since the last read. */
    public DialPlan dialPlan() {
        return dialPlan.get();
    }

    /** Runs a transaction that changes the dial plan; {@link #dialPlan()} reads it again afterwards. */
    public <T> T changeDialPlan(Function<EntityManager, T> work) {
        return dialPlan.change(() -> call(work));
    }

    private void seed(DirectoryConfig config) {
        transactions.run(em -> {
            TemplateEntity defaults = Templates.find(em, UserTemplate.SYSTEM_DEFAULT).orElseGet(() -> {
                TemplateEntity t = new TemplateEntity(UserTemplate.SYSTEM_DEFAULT, false, TemplateSettings.defaults());
                em.persist(t);
                em.flush();
                return t;
            });
            if (Users.holdersOf(em, Role.SERVER_ADMINISTRATOR).isEmpty()) {
                createServerAdministrator(em, config, defaults);
            }
        });
    }

    private static void createServerAdministrator(EntityManager em, DirectoryConfig config, TemplateEntity template) {
        String login = config.serverAdministratorLogin();
        UserEntity admin = em.find(UserEntity.class, login);
        if (admin == null) {
            admin = new UserEntity(login);
            admin.fullName = "Server Administrator";
            admin.pinHash = PasswordHasher.hash(PinRules.DEFAULT_PIN);
            admin.requirePinChange = true;
            admin.presence = Presence.IN_OFFICE.name();
            admin.templateId = template.id();
            admin.settings.putAll(template.settings());
            em.persist(admin);
        }
        admin.passwordHash = PasswordHasher.hash(config.serverAdministratorInitialPassword());
        admin.requirePasswordChange = config.serverAdministratorPasswordChangeRequired();
        admin.roles.add(Role.SERVER_ADMINISTRATOR.key());
        LOG.info("Created the Server Administrator account '" + login + "'");
    }
}
