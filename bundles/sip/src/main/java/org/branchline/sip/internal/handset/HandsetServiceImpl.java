package org.branchline.sip.internal.handset;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.directory.UserService;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.CapacityUse;
import org.branchline.api.licensing.LicenseLimits;
import org.branchline.api.licensing.Licenses;
import org.branchline.api.routing.CallAppearanceDirectory;
import org.branchline.api.security.AccessControl;
import org.branchline.persistence.SchemaMigrator;
import org.branchline.persistence.Transactions;
import org.branchline.sip.CallAppearance;
import org.branchline.sip.Handset;
import org.branchline.sip.HandsetService;
import org.branchline.sip.internal.SipPermissions;
import org.branchline.sip.internal.SipSettings;
import org.branchline.sip.internal.store.CallAppearanceEntity;
import org.branchline.sip.internal.store.HandsetEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Phone System &gt; Handsets, stored in the database and mirrored in memory for the registrar. Changes are
 * serialized: two handsets added at once would otherwise both take the lowest free station number.
 */
@Component(service = {HandsetService.class, Appearances.class, CallAppearanceDirectory.class, CapacityUse.class},
        configurationPid = SipSettings.PID)
public class HandsetServiceImpl implements HandsetService, Appearances, CallAppearanceDirectory, CapacityUse {
    private static final Logger LOG = Logger.getLogger(HandsetServiceImpl.class.getName());
    private final Transactions transactions;
    private final AccessControl access;
    private final UserService users;
    private final String realm;
    private final Map<String, AppearanceRecord> byUserId = new ConcurrentHashMap<>();
    private final Map<String, AppearanceRecord> byLoginId = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Licenses licenses;

    @Activate
    public HandsetServiceImpl(@Reference(target = "(osgi.unit.name=branchline-sip)") EntityManagerFactory factory,
            @Reference(target = "(osgi.jndi.service.name=branchline)") DataSource dataSource,
            @Reference AccessControl access, @Reference UserService users, SipSettings settings) throws SQLException {
        int version = SchemaMigrator.fromClassPath("sip", getClass(), "db/sip").migrate(dataSource);
        this.transactions = new Transactions(factory);
        this.access = access;
        this.users = users;
        this.realm = settings.realm();
        reload();
        LOG.info("Started handsets, schema version " + version + ", " + byUserId.size() + " call appearances");
    }

    @Override
    public List<Handset> list() {
        access.require(SipPermissions.HANDSETS_VIEW);
        return transactions.call(em -> em.createNamedQuery("Handset.all", HandsetEntity.class).getResultList()
                .stream().map(h -> view(em, h)).toList());
    }

    @Override
    public Handset get(String loginId) {
        access.require(SipPermissions.HANDSETS_VIEW);
        return transactions.call(em -> view(em, find(em, loginId)));
    }

    @Override
    public synchronized Handset create(String loginId, String description, int lines, String password, String owner) {
        access.require(SipPermissions.HANDSETS_MODIFY);
        HandsetRules.loginId(loginId);
        HandsetRules.description(description);
        HandsetRules.lines(lines);
        HandsetRules.password(password);
        checkOwner(owner);
        Handset created = transactions.call(em -> {
            if (em.find(HandsetEntity.class, loginId) != null || loginIdInUse(em, loginId)) {
                throw new ConflictException("login-id", "'" + loginId + "' is already in use");
            }
            // each generic SIP handset needs a license (admin guide §10.3): the model's free ones, then keys
            LicenseLimits.running(licenses).requireRoomFor(Capacity.GENERIC_SIP_HANDSETS, count(em));
            HandsetEntity h = new HandsetEntity(loginId, description.trim(), lines);
            em.persist(h);
            addLines(em, h, 1, lines, password, owner);
            return view(em, h);
        });
        reload();
        return created;
    }

    private static int count(EntityManager em) {
        return em.createNamedQuery("Handset.count", Long.class).getSingleResult().intValue();
    }

    @Override
    public Capacity capacity() {
        return Capacity.GENERIC_SIP_HANDSETS;
    }

    @Override
    public int used() {
        return transactions.call(HandsetServiceImpl::count);
    }

    @Override
    public synchronized Handset update(String loginId, String description, Integer lines, String password) {
        access.require(SipPermissions.HANDSETS_MODIFY);
        Handset updated = transactions.call(em -> {
            HandsetEntity h = find(em, loginId);
            if (description != null) {
                h.description = HandsetRules.description(description);
            }
            if (password != null) {
                HandsetRules.password(password);
                appearances(em, loginId).forEach(a -> hash(a, password));
            }
            if (lines != null) {
                resize(em, h, HandsetRules.lines(lines), password);
            }
            return view(em, h);
        });
        reload();
        return updated;
    }

    @Override
    public synchronized Handset assign(String loginId, int line, String owner) {
        access.require(SipPermissions.HANDSETS_MODIFY);
        checkOwner(owner);
        Handset updated = transactions.call(em -> {
            HandsetEntity h = find(em, loginId);
            CallAppearanceEntity a = appearances(em, loginId).stream().filter(x -> x.line == line).findFirst()
                    .orElseThrow(() -> new NotFoundException("line", loginId + " line " + line));
            a.owner = owner;
            return view(em, h);
        });
        reload();
        return updated;
    }

    @Override
    public synchronized void delete(String loginId) {
        access.require(SipPermissions.HANDSETS_MODIFY);
        transactions.run(em -> {
            HandsetEntity h = find(em, loginId);
            appearances(em, loginId).forEach(em::remove);
            em.remove(h);
        });
        reload();
    }

    @Override
    public Optional<AppearanceRecord> byLoginId(String loginId) {
        return Optional.ofNullable(loginId == null ? null : byLoginId.get(loginId));
    }

    @Override
    public Optional<AppearanceRecord> byUserId(String userId) {
        return Optional.ofNullable(userId == null ? null : byUserId.get(userId));
    }

    @Override
    public List<String> ownedBy(String login) {
        return byUserId.values().stream().filter(a -> login != null && login.equals(a.owner()))
                .map(AppearanceRecord::userId).sorted().toList();
    }

    @Override
    public Optional<String> ownerOf(String userId) {
        return byUserId(userId).map(AppearanceRecord::owner);
    }

    private void checkOwner(String owner) {
        if (owner != null) {
            users.get(owner);
        }
    }

    private void resize(EntityManager em, HandsetEntity h, int lines, String password) {
        List<CallAppearanceEntity> current = appearances(em, h.loginId);
        if (lines > h.lines) {
            if (password == null) {
                throw new InvalidFieldException("password", "required to add lines (their digest hashes need it)");
            }
            addLines(em, h, h.lines + 1, lines, password, null);
        } else {
            current.stream().filter(a -> a.line > lines).forEach(em::remove);
        }
        h.lines = lines;
    }

    private void addLines(EntityManager em, HandsetEntity h, int from, int to, String password, String firstOwner) {
        Set<String> used = new HashSet<>(em.createQuery("SELECT a.userId FROM CallAppearanceEntity a", String.class)
                .getResultList());
        for (int line = from; line <= to; line++) {
            String station = HandsetRules.freeStation(used);
            used.add(station);
            String login = line == 1 ? h.loginId : station;
            if (line > 1 && (loginIdInUse(em, login) || em.find(HandsetEntity.class, login) != null)) {
                throw new ConflictException("lines", "Login ID " + login + " of line " + line + " is already in use");
            }
            CallAppearanceEntity a = new CallAppearanceEntity(station, h.loginId, line, login);
            a.owner = line == from ? firstOwner : null;
            hash(a, password);
            em.persist(a);
        }
    }

    private void hash(CallAppearanceEntity a, String password) {
        a.ha1Md5 = DigestHash.MD5.ha1(a.loginId, realm, password);
        a.ha1Sha256 = DigestHash.SHA_256.ha1(a.loginId, realm, password);
    }

    private static boolean loginIdInUse(EntityManager em, String loginId) {
        return !em.createNamedQuery("CallAppearance.byLoginId", CallAppearanceEntity.class)
                .setParameter("login", loginId).getResultList().isEmpty();
    }

    private static HandsetEntity find(EntityManager em, String loginId) {
        HandsetEntity h = loginId == null ? null : em.find(HandsetEntity.class, loginId);
        if (h == null) {
            throw new NotFoundException("handset", loginId);
        }
        return h;
    }

    private static List<CallAppearanceEntity> appearances(EntityManager em, String handset) {
        return em.createNamedQuery("CallAppearance.ofHandset", CallAppearanceEntity.class)
                .setParameter("handset", handset).getResultList();
    }

    private static Handset view(EntityManager em, HandsetEntity h) {
        List<CallAppearance> lines = new ArrayList<>();
        for (CallAppearanceEntity a : appearances(em, h.loginId)) {
            lines.add(new CallAppearance(a.line, a.userId, a.loginId, a.owner));
        }
        return new Handset(h.loginId, h.description, h.lines, lines);
    }

    private synchronized void reload() {
        List<AppearanceRecord> all = transactions.call(em -> em.createNamedQuery("CallAppearance.all",
                CallAppearanceEntity.class).getResultList().stream().map(AppearanceRecord::of).toList());
        byUserId.keySet().retainAll(all.stream().map(AppearanceRecord::userId).toList());
        byLoginId.keySet().retainAll(all.stream().map(AppearanceRecord::loginId).toList());
        all.forEach(a -> {
            byUserId.put(a.userId(), a);
            byLoginId.put(a.loginId(), a);
        });
    }
}
