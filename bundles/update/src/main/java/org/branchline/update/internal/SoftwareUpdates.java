package org.branchline.update.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.FeaturesService.Option;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.licensing.LicenseLimits;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.Licenses;
import org.branchline.api.security.AccessControl;
import org.branchline.persistence.SchemaMigrator;
import org.branchline.persistence.Transactions;
import org.branchline.update.RunningSoftware;
import org.branchline.update.SoftwareUpdateService;
import org.branchline.update.Update;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Maintenance &gt; Update (admin guide §4), in place: the archive's repository joins Karaf's, and the features it
 * carries replace the installed versions in one deployment that refreshes no other bundle, so calls that do not
 * use a replaced bundle go on. Archives are kept under {@code data/branchline/updates} until activated.
 */
@Component(service = SoftwareUpdateService.class, immediate = true)
public class SoftwareUpdates implements SoftwareUpdateService {
    private static final Logger LOG = Logger.getLogger(SoftwareUpdates.class.getName());
    private static final Duration LATEST = Duration.ofDays(7);
    private static final long ACTIVATION_WAIT_SECONDS = 300;
    private static final EnumSet<Option> IN_PLACE = EnumSet.of(Option.Upgrade, Option.NoAutoRefreshBundles);
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "branchline-software-update");
        t.setDaemon(true);
        return t;
    });
    private final AccessControl access;
    private final FeaturesService features;
    private final UpdateStore store;
    private final Path archives;
    private final Path system;
    private final Map<String, ScheduledFuture<?>> timers = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Licenses licenses;

    @Activate
    public SoftwareUpdates(@Reference(target = "(osgi.unit.name=branchline-update)") EntityManagerFactory factory,
            @Reference(target = "(osgi.jndi.service.name=branchline)") DataSource dataSource,
            @Reference AccessControl access, @Reference FeaturesService features) throws SQLException {
        SchemaMigrator.fromClassPath("update", getClass(), "db/update").migrate(dataSource);
        this.access = access;
        this.features = features;
        this.store = new UpdateStore(new Transactions(factory));
        Path home = Path.of(System.getProperty("karaf.home", "."));
        this.archives = Path.of(System.getProperty("karaf.data", home.resolve("data").toString()), "branchline", "updates");
        this.system = home.resolve(System.getProperty("karaf.default.repository", "system")).toAbsolutePath().normalize();
        resumeInterrupted();
    }

    @Deactivate
    void deactivate() {
        thread.shutdownNow();
    }

    @Override
    public RunningSoftware running() {
        access.require(UpdatePermissions.SOFTWARE_MANAGE);
        Map<String, Version> installed = InstalledFeatures.of(features);
        return new RunningSoftware(InstalledFeatures.release(installed).toString(), installed.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())));
    }

    @Override
    public synchronized Update apply(String fileName, byte[] archive, Instant activateAt) {
        access.require(UpdatePermissions.SOFTWARE_MANAGE);
        Instant now = Instant.now();
        if (activateAt != null && activateAt.isAfter(now.plus(LATEST))) {
            throw new InvalidFieldException("activate-at", "must be within a week (at the latest "
                    + now.plus(LATEST) + ")");
        }
        UpdatePlan plan = plan(UpdateArchive.read(archive));
        String id = UUID.randomUUID().toString();
        keep(id, archive);
        Instant when = activateAt == null || activateAt.isBefore(now) ? now : activateAt;
        Update update = store.add(id, name(fileName), plan, now, when);
        LOG.info("Software update " + id + " (" + plan.kind() + " " + plan.version() + ", " + plan.features()
                + ") to activate at " + when);
        cancelScheduledExcept(id);
        if (when.equals(now)) {
            return await(thread.submit(() -> activate(id)), id);
        }
        schedule(id, when);
        return update;
    }

    @Override
    public Optional<Update> scheduled() {
        access.require(UpdatePermissions.SOFTWARE_MANAGE);
        return store.all().stream().filter(u -> "scheduled".equals(u.outcome())).reduce((a, b) -> b);
    }

    @Override
    public synchronized boolean cancelScheduled() {
        access.require(UpdatePermissions.SOFTWARE_MANAGE);
        return cancelScheduledExcept(null);
    }

    @Override
    public List<Update> history() {
        access.require(UpdatePermissions.SOFTWARE_MANAGE);
        return store.all();
    }

    private UpdatePlan plan(UpdateArchive archive) {
        Licenses l = LicenseLimits.running(licenses);
        Map<String, Version> installed = InstalledFeatures.of(features);
        return UpdatePlan.of(archive.features(), installed, InstalledFeatures.release(installed),
                l.licensed(LicensedFeature.SOFTWARE_UPGRADE));
    }

    private boolean cancelScheduledExcept(String keep) {
        boolean any = false;
        for (Update u : store.all()) {
            if ("scheduled".equals(u.outcome()) && !u.id().equals(keep)) {
                Optional.ofNullable(timers.remove(u.id())).ifPresent(t -> t.cancel(false));
                store.outcome(u.id(), "cancelled", null);
                any = true;
            }
        }
        return any;
    }

    private void schedule(String id, Instant when) {
        long delay = Math.max(0, Duration.between(Instant.now(), when).toMillis());
        timers.put(id, thread.schedule(() -> activate(id), delay, TimeUnit.MILLISECONDS));
    }

    /** Runs on the update thread. */
    private Update activate(String id) {
        timers.remove(id);
        Update update = store.get(id).orElseThrow();
        if (!"scheduled".equals(update.outcome())) {
            return update;
        }
        store.outcome(id, "applying", null);
        try {
            UpdateArchive archive = UpdateArchive.read(Files.readAllBytes(archive(id)));
            UpdatePlan plan = plan(archive);
            for (Path repository : archive.install(system, archives.resolve(id + ".xml"))) {
                features.addRepository(repository.toUri());
            }
            Set<String> wanted = plan.features().entrySet().stream().map(e -> e.getKey() + "/" + e.getValue())
                    .collect(Collectors.toSet());
            features.installFeatures(wanted, IN_PLACE);
            LOG.info("Software update " + id + " applied: " + plan.features() + ", release "
                    + InstalledFeatures.release(InstalledFeatures.of(features)));
            return store.outcome(id, "applied", Instant.now());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Software update " + id + " failed", e);
            return store.outcome(id, "failed: " + e.getMessage(), null);
        }
    }

    /** Updates scheduled before a restart keep their time; one cut short by a restart is judged by what runs. */
    private void resumeInterrupted() {
        Map<String, Version> installed = InstalledFeatures.of(features);
        for (Update u : store.all()) {
            if ("scheduled".equals(u.outcome())) {
                schedule(u.id(), u.activateAt());
            } else if ("applying".equals(u.outcome())) {
                boolean done = UpdateStore.features(u).entrySet().stream()
                        .allMatch(e -> e.getValue().equals(installed.get(e.getKey())));
                store.outcome(u.id(), done ? "applied" : "failed: interrupted by a restart", done ? Instant.now() : null);
            }
        }
    }

    private Update await(Future<Update> activation, String id) {
        try {
            return activation.get(ACTIVATION_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "Software update " + id + " is still being activated", e);
        }
        return store.get(id).orElseThrow();
    }

    private void keep(String id, byte[] archive) {
        try {
            Files.createDirectories(archives);
            Path temp = archives.resolve(id + ".part");
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                out.write(ByteBuffer.wrap(archive));
                out.force(true);
            }
            Files.move(temp, archive(id), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the update archive under " + archives, e);
        }
    }

    private Path archive(String id) {
        return archives.resolve(id + ".update");
    }

    private static String name(String fileName) {
        String n = fileName == null || fileName.isBlank() ? "update" : Path.of(fileName).getFileName().toString();
        return n.length() > 255 ? n.substring(0, 255) : n;
    }
}
