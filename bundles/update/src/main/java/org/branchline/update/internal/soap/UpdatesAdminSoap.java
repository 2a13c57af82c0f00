package org.branchline.update.internal.soap;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import org.branchline.api.admin.RequestFields;
import org.branchline.update.SoftwareUpdateService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The SOAP door of Maintenance &gt; Update (admin guide §4): the same operations as REST and the shell. A refused
 * update is soap:Client with the reason as the fault string.
 */
@Component(service = UpdatesAdminSoap.class, property = "branchline.admin.soap=/updates")
@WebService(name = "UpdatesAdmin", serviceName = "UpdatesAdminService", portName = "UpdatesAdminPort",
        targetNamespace = UpdatesAdminSoap.NAMESPACE)
public class UpdatesAdminSoap {
    public static final String NAMESPACE = "urn:branchline:admin:updates:1";
    private final SoftwareUpdateService updates;

    @Activate
    public UpdatesAdminSoap(@Reference SoftwareUpdateService updates) {
        this.updates = updates;
    }

    @WebMethod
    public SoapRunningSoftware runningSoftware() {
        return SoapRunningSoftware.of(updates.running());
    }

    /** Every update applied, refused at activation, cancelled or scheduled, the newest last. */
    @WebMethod
    public List<SoapUpdate> updateHistory() {
        return updates.history().stream().map(SoapUpdate::of).toList();
    }

    /**
     * Applies a KAR or features repository in place: now, or at activateAt (an ISO-8601 instant or the server's
     * local time, at most a week ahead). A newer release needs the Software Upgrade feature key.
     */
    @WebMethod
    public SoapUpdate applyUpdate(@WebParam(name = "fileName") String fileName,
            @WebParam(name = "archive") byte[] archive, @WebParam(name = "activateAt") String activateAt) {
        return SoapUpdate.of(updates.apply(fileName, archive,
                RequestFields.instantOrLocalTime("activate-at", activateAt)));
    }

    /** False when no update was waiting. */
    @WebMethod
    public boolean cancelScheduledUpdate() {
        return updates.cancelScheduled();
    }
}
