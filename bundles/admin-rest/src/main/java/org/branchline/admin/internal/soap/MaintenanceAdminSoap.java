package org.branchline.admin.internal.soap;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import org.branchline.admin.internal.OptionalService;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.api.update.SoftwareUpdateService;

/**
 * The SOAP door of Maintenance: feature keys (admin guide §3.3) and software updates (§4), the same operations
 * as REST and the shell. A refused key or update is soap:Client with the reason as the fault string; while
 * licensing or updates are not running the operations fail with soap:Server, status 503.
 */
@WebService(name = "MaintenanceAdmin", serviceName = "MaintenanceAdminService", portName = "MaintenanceAdminPort",
        targetNamespace = MaintenanceAdminSoap.NAMESPACE)
public class MaintenanceAdminSoap {
    public static final String NAMESPACE = "urn:branchline:admin:maintenance:1";
    private final OptionalService<FeatureKeyService> keys;
    private final OptionalService<SoftwareUpdateService> updates;

    public MaintenanceAdminSoap(OptionalService<FeatureKeyService> keys,
            OptionalService<SoftwareUpdateService> updates) {
        this.keys = keys;
        this.updates = updates;
    }

    /** The server id keys are issued for, the model and the running release. */
    @WebMethod
    public SoapServerIdentity serverInfo() {
        return SoapServerIdentity.of(keys.get().identity());
    }

    @WebMethod
    public List<SoapFeatureKey> listFeatureKeys() {
        return keys.get().keys().stream().map(SoapFeatureKey::of).toList();
    }

    /** Every feature: licensed or not, and for counted ones installed, allowed and used. */
    @WebMethod
    public List<SoapFeatureLicense> listFeatureLicenses() {
        return keys.get().licenses().stream().map(SoapFeatureLicense::of).toList();
    }

    /** The key as issued, BEGIN to END lines; what it licenses starts at once. */
    @WebMethod
    public SoapFeatureKey installFeatureKey(@WebParam(name = "keyText") String keyText) {
        return SoapFeatureKey.of(keys.get().install(keyText));
    }

    @WebMethod
    public void removeFeatureKey(@WebParam(name = "id") String id) {
        keys.get().remove(id);
    }

    @WebMethod
    public SoapRunningSoftware runningSoftware() {
        return SoapRunningSoftware.of(updates.get().running());
    }

    /** Every update applied, refused at activation, cancelled or scheduled, the newest last. */
    @WebMethod
    public List<SoapUpdate> updateHistory() {
        return updates.get().history().stream().map(SoapUpdate::of).toList();
    }

    /**
     * Applies a KAR or features repository in place: now, or at activateAt (an ISO-8601 instant or the server's
     * local time, at most a week ahead). A newer release needs the Software Upgrade feature key.
     */
    @WebMethod
    public SoapUpdate applyUpdate(@WebParam(name = "fileName") String fileName,
            @WebParam(name = "archive") byte[] archive, @WebParam(name = "activateAt") String activateAt) {
        return SoapUpdate.of(updates.get().apply(fileName, archive,
                RequestFields.instantOrLocalTime("activate-at", activateAt)));
    }

    /** False when no update was waiting. */
    @WebMethod
    public boolean cancelScheduledUpdate() {
        return updates.get().cancelScheduled();
    }
}
