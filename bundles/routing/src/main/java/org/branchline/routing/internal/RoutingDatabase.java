package org.branchline.routing.internal;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.branchline.api.directory.DialPlanFunction;
import org.branchline.api.routing.ApplicationNumber;
import org.branchline.api.routing.CallParkSettings;
import org.branchline.api.routing.WhileAbsent;
import org.branchline.api.routing.SpeedDial;
import org.branchline.persistence.SchemaMigrator;
import org.branchline.persistence.Transactions;
import org.branchline.routing.internal.rules.NumberForms;
import org.branchline.routing.internal.rules.PhoneState;
import org.branchline.routing.internal.rules.RouteText;
import org.branchline.routing.internal.rules.StoredRoutes;
import org.branchline.routing.internal.store.ApplicationNumberEntity;
import org.branchline.routing.internal.store.CallParkEntity;
import org.branchline.routing.internal.store.ExtensionRoutesEntity;
import org.branchline.routing.internal.store.PhoneStateEntity;
import org.branchline.routing.internal.store.SpeedDialEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The routing tables and their copy in memory, which call set-up reads without touching the database. Every
 * change goes through here: written and committed first, then put in memory. Changes are serialized.
 */
@Component(service = RoutingDatabase.class)
public class RoutingDatabase implements RoutingData {
    private static final Logger LOG = Logger.getLogger(RoutingDatabase.class.getName());
    private static final Comparator<String> BY_NUMBER = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private final Transactions transactions;
    private final Map<String, StoredRoutes> routes = new ConcurrentHashMap<>();
    private final Map<String, SpeedDial> speedDials = new ConcurrentHashMap<>();
    private final Map<String, PhoneState> phones = new ConcurrentHashMap<>();
    private volatile CallParkSettings park;
    private final Map<String, ApplicationNumber> applicationNumbers = new ConcurrentHashMap<>();

    @Activate
    public RoutingDatabase(@Reference(target = "(osgi.unit.name=branchline-routing)") EntityManagerFactory factory,
            @Reference(target = "(osgi.jndi.service.name=branchline)") DataSource dataSource) throws SQLException {
        int version = SchemaMigrator.fromClassPath("routing", getClass(), "db/routing").migrate(dataSource);
        this.transactions = new Transactions(factory);
        transactions.run(this::load);
        LOG.info("Started routing, schema version " + version + ", " + routes.size() + " extensions routed, "
                + speedDials.size() + " speed dials");
    }

    private void load(EntityManager em) {
        em.createNamedQuery("ExtensionRoutes.all", ExtensionRoutesEntity.class).getResultStream()
                .forEach(e -> routes.put(e.extension, RouteText.read(e.extension, e.text)));
        em.createNamedQuery("SpeedDial.all", SpeedDialEntity.class).getResultStream()
                .forEach(e -> speedDials.put(e.number, new SpeedDial(e.number, e.description, e.dial)));
        em.createNamedQuery("PhoneState.all", PhoneStateEntity.class).getResultStream()
                .forEach(e -> phones.put(e.userId, new PhoneState(e.userId, e.doNotDisturb, e.forwardTo)));
        CallParkEntity p = em.find(CallParkEntity.class, CallParkEntity.ROW);
        park = new CallParkSettings(p.timeoutSeconds, p.timeoutExtension);
        em.createNamedQuery("ApplicationNumber.all", ApplicationNumberEntity.class).getResultStream()
                .forEach(e -> applicationNumbers.put(e.key, number(e)));
    }

    private static ApplicationNumber number(ApplicationNumberEntity e) {
        return new ApplicationNumber(e.function == null ? null : DialPlanFunction.valueOf(e.function), e.code,
                ApplicationNumber.Argument.valueOf(e.argument), e.application, e.instance,
                WhileAbsent.valueOf(e.whileAbsent));
    }

    @Override
    public List<ApplicationNumber> applicationNumbers() {
        return List.copyOf(applicationNumbers.values());
    }

    /**
     * Keeps a number an application declared, unless the number is kept already (for it or for another
     * application: the first keeps it). True when it was new.
     */
    public synchronized boolean declare(ApplicationNumber n) {
        String key = NumberForms.key(n);
        if (applicationNumbers.containsKey(key)) {
            return false;
        }
        transactions.run(em -> {
            ApplicationNumberEntity e = new ApplicationNumberEntity(key);
            e.function = n.function() == null ? null : n.function().name();
            e.code = n.code();
            e.argument = n.argument().name();
            e.application = n.application();
            e.instance = n.instance();
            e.whileAbsent = n.whileAbsent().name();
            em.persist(e);
        });
        applicationNumbers.put(key, n);
        return true;
    }

    @Override
    public StoredRoutes routes(String extension) {
        return routes.getOrDefault(extension, StoredRoutes.none(extension));
    }

    /** Applies {@code change} to the extension's stored routes; routes back at their defaults leave no row. */
    public synchronized StoredRoutes updateRoutes(String extension, UnaryOperator<StoredRoutes> change) {
        StoredRoutes changed = change.apply(routes(extension));
        transactions.run(em -> {
            ExtensionRoutesEntity e = em.find(ExtensionRoutesEntity.class, extension);
            if (changed.isEmpty()) {
                if (e != null) {
                    em.remove(e);
                }
            } else if (e == null) {
                em.persist(new ExtensionRoutesEntity(extension, RouteText.write(changed)));
            } else {
                e.text = RouteText.write(changed);
            }
        });
        if (changed.isEmpty()) {
            routes.remove(extension);
        } else {
            routes.put(extension, changed);
        }
        return changed;
    }

    /** By number: the three-digit ones first. */
    public List<SpeedDial> speedDials() {
        return speedDials.values().stream().sorted(Comparator.comparing(SpeedDial::number, BY_NUMBER)).toList();
    }

    @Override
    public Optional<SpeedDial> speedDial(String number) {
        return Optional.ofNullable(number).map(speedDials::get);
    }

    public synchronized SpeedDial putSpeedDial(SpeedDial s) {
        transactions.run(em -> {
            SpeedDialEntity e = em.find(SpeedDialEntity.class, s.number());
            if (e == null) {
                em.persist(new SpeedDialEntity(s.number(), s.description(), s.dial()));
            } else {
                e.description = s.description();
                e.dial = s.dial();
            }
        });
        speedDials.put(s.number(), s);
        return s;
    }

    public synchronized boolean deleteSpeedDial(String number) {
        boolean removed = transactions.call(em -> {
            SpeedDialEntity e = em.find(SpeedDialEntity.class, number);
            if (e != null) {
                em.remove(e);
            }
            return e != null;
        });
        speedDials.remove(number);
        return removed;
    }

    @Override
    public CallParkSettings park() {
        return park;
    }

    public synchronized CallParkSettings savePark(CallParkSettings settings) {
        transactions.run(em -> {
            CallParkEntity e = em.find(CallParkEntity.class, CallParkEntity.ROW);
            e.timeoutSeconds = settings.timeoutSeconds();
            e.timeoutExtension = settings.timeoutExtension();
        });
        park = settings;
        return settings;
    }

    @Override
    public PhoneState phone(String userId) {
        return phones.getOrDefault(userId, PhoneState.none(userId));
    }

    /** Applies {@code change} to a call appearance's phone features; features back at default leave no row. */
    @Override
    public synchronized PhoneState updatePhone(String userId, UnaryOperator<PhoneState> change) {
        PhoneState changed = change.apply(phone(userId));
        transactions.run(em -> {
            PhoneStateEntity e = em.find(PhoneStateEntity.class, userId);
            if (changed.isDefault()) {
                if (e != null) {
                    em.remove(e);
                }
                return;
            }
            if (e == null) {
                e = new PhoneStateEntity(userId);
                em.persist(e);
            }
            e.doNotDisturb = changed.doNotDisturb();
            e.forwardTo = changed.forwardTo();
        });
        if (changed.isDefault()) {
            phones.remove(userId);
        } else {
            phones.put(userId, changed);
        }
        return changed;
    }
}
