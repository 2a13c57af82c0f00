package org.branchline.licensing.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.apache.karaf.features.BootFinished;
import org.apache.karaf.features.FeaturesService;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.CapacityUse;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.api.licensing.FeatureLicense;
import org.branchline.api.licensing.LicensedFeature;
import org.branchline.api.licensing.Licenses;
import org.branchline.api.licensing.ServerIdentity;
import org.branchline.api.licensing.ServerModel;
import org.branchline.api.security.AccessControl;
import org.branchline.licensing.internal.keys.KeyDocument;
import org.branchline.licensing.internal.keys.VendorSignature;
import org.branchline.licensing.internal.model.ModelTable;
import org.branchline.persistence.SchemaMigrator;
import org.branchline.persistence.Transactions;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Maintenance &gt; Feature Keys: the server id, the model, the installed keys and the Karaf features they start.
 * Feature changes run on one licensing thread; an install or removal waits for them so that the subsystem
 * is live (or gone) when the admin door answers. An hourly check stops the subsystems of expired keys.
 * Nothing is switched before Karaf has installed its boot features: until then the features service may not
 * know the subsystems' features yet.
 */
@Component(service = {Licenses.class, FeatureKeyService.class}, configurationPid = LicensingConfig.PID,
        immediate = true)
@Designate(ocd = LicensingConfig.class)
public class Licensing implements Licenses, FeatureKeyService {
    private static final Logger LOG = Logger.getLogger(Licensing.class.getName());
    private static final long FEATURE_WAIT_SECONDS = 120;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "branchline-licensing");
        t.setDaemon(true);
        return t;
    });
    private final AccessControl access;
    private final FeaturesService features;
    private final KeyStore store;
    private final ServerModel model;
    private final String serverId;
    private final KeyAcceptance acceptance;
    private final FeatureSwitch featureSwitch;
    private volatile KeyRing ring;
    private final CompletableFuture<Void> booted = new CompletableFuture<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    private final List<CapacityUse> uses = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindBootFinished(BootFinished finished) {
        booted.complete(null);
    }

    void unbindBootFinished(BootFinished finished) {
        // a boot, once finished, stays finished
    }

    @Activate
    public Licensing(LicensingConfig config,
            @Reference(target = "(osgi.unit.name=branchline-licensing)") EntityManagerFactory factory,
            @Reference(target = "(osgi.jndi.service.name=branchline)") DataSource dataSource,
            @Reference AccessControl access, @Reference FeaturesService features) throws SQLException, IOException {
        SchemaMigrator.fromClassPath("licensing", getClass(), "db/licensing").migrate(dataSource);
        this.access = access;
        this.features = features;
        this.model = readModel(config);
        this.store = new KeyStore(new Transactions(factory));
        this.serverId = store.serverId();
        this.acceptance = new KeyAcceptance(VendorSignature.shipped(), serverId);
        this.featureSwitch = new FeatureSwitch(features);
        this.ring = new KeyRing(model, store.keys(), LocalDate.now());
        LOG.info("Licensing: server " + serverId + ", model " + model.name() + ", " + ring.keys().size()
                + " feature keys, licensed " + ring.licensedFeatures());
        thread.execute(this::applyFeatures);
        thread.scheduleAtFixedRate(this::daily, 1, 1, TimeUnit.HOURS);
    }

    private static ServerModel readModel(LicensingConfig config) throws IOException {
        Path table = Path.of(System.getProperty("karaf.etc", "etc")).resolve(config.modelTable());
        try (Reader in = Files.newBufferedReader(table, StandardCharsets.UTF_8)) {
            return ModelTable.read(in).model(config.model()).orElseThrow(() -> new IllegalArgumentException(
                    "model " + config.model() + " is not in " + table));
        }
    }

    @Deactivate
    void deactivate() {
        thread.shutdownNow();
    }

    @Override
    public String serverId() {
        return serverId;
    }

    @Override
    public ServerModel model() {
        return model;
    }

    @Override
    public boolean licensed(LicensedFeature feature) {
        return ring.licensed(feature);
    }

    @Override
    public int limit(Capacity capacity) {
        return ring.limit(capacity);
    }

    @Override
    public ServerIdentity identity() {
        access.require(LicensingPermissions.FEATURE_KEYS_MANAGE);
        return new ServerIdentity(serverId, model.name(), Releases.running(features));
    }

    @Override
    public synchronized FeatureKey install(String keyText) {
        access.require(LicensingPermissions.FEATURE_KEYS_MANAGE);
        KeyDocument key = acceptance.accept(keyText, ring);
        KeyRing.Installed installed = store.add(key);
        LOG.info("Licensing: installed key " + key.id() + " " + key.features());
        reload();
        return installed.view(ring.today());
    }

    @Override
    public synchronized void remove(String keyId) {
        access.require(LicensingPermissions.FEATURE_KEYS_MANAGE);
        if (!store.remove(keyId)) {
            throw new NotFoundException("feature key", keyId);
        }
        LOG.info("Licensing: removed key " + keyId);
        reload();
    }

    @Override
    public List<FeatureKey> keys() {
        access.require(LicensingPermissions.FEATURE_KEYS_MANAGE);
        return ring.views();
    }

    @Override
    public List<FeatureLicense> licenses() {
        access.require(LicensingPermissions.FEATURE_KEYS_MANAGE);
        KeyRing now = ring;
        return Arrays.stream(LicensedFeature.values()).map(f -> line(now, f)).toList();
    }

    private FeatureLicense line(KeyRing now, LicensedFeature feature) {
        Capacity capacity = Arrays.stream(Capacity.values()).filter(c -> c.expandedBy() == feature).findFirst()
                .orElse(null);
        int allowed = capacity == null ? (now.licensed(feature) ? 1 : 0) : now.limit(capacity);
        int used = capacity == null ? -1 : used(capacity);
        return new FeatureLicense(feature, now.licensed(feature), now.installed(feature), allowed, used,
                !model.unavailable().contains(feature));
    }

    private int used(Capacity capacity) {
        List<CapacityUse> counting = uses.stream().filter(u -> u.capacity() == capacity).toList();
        return counting.isEmpty() ? -1 : counting.stream().mapToInt(CapacityUse::used).sum();
    }

    /** Reads the keys again and waits until the subsystems match them. */
    private void reload() {
        ring = new KeyRing(model, store.keys(), LocalDate.now());
        Future<?> done = thread.submit(this::applyFeatures);
        try {
            done.get(FEATURE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "Licensing: the subsystems are still being switched", e);
        }
    }

    private void daily() {
        if (!ring.today().equals(LocalDate.now())) {
            ring = new KeyRing(model, ring.keys(), LocalDate.now());
            applyFeatures();
        }
    }

    private void applyFeatures() {
        try {
            booted.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        }
        featureSwitch.apply(LicensedSubsystems.managed(), LicensedSubsystems.wanted(ring.licensedFeatures()));
    }
}
