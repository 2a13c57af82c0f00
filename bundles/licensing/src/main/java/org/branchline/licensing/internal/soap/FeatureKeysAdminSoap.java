package org.branchline.licensing.internal.soap;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import org.branchline.api.licensing.FeatureKeyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The SOAP door of Maintenance &gt; Feature Keys (admin guide §3.3): the same operations as REST and the shell.
 * A refused key is soap:Client with the reason as the fault string.
 */
@Component(service = FeatureKeysAdminSoap.class, property = "branchline.admin.soap=/feature-keys")
@WebService(name = "FeatureKeysAdmin", serviceName = "FeatureKeysAdminService", portName = "FeatureKeysAdminPort",
        targetNamespace = FeatureKeysAdminSoap.NAMESPACE)
public class FeatureKeysAdminSoap {
    public static final String NAMESPACE = "urn:branchline:admin:feature-keys:1";
    private final FeatureKeyService keys;

    @Activate
    public FeatureKeysAdminSoap(@Reference FeatureKeyService keys) {
        this.keys = keys;
    }

    /** The server id keys are issued for, the model and the running release. */
    @WebMethod
    public SoapServerIdentity serverInfo() {
        return SoapServerIdentity.of(keys.identity());
    }

    @WebMethod
    public List<SoapFeatureKey> listFeatureKeys() {
        return keys.keys().stream().map(SoapFeatureKey::of).toList();
    }

    /** Every feature: licensed or not, and for counted ones installed, allowed and used. */
    @WebMethod
    public List<SoapFeatureLicense> listFeatureLicenses() {
        return keys.licenses().stream().map(SoapFeatureLicense::of).toList();
    }

    /** The key as issued, BEGIN to END lines; what it licenses starts at once. */
    @WebMethod
    public SoapFeatureKey installFeatureKey(@WebParam(name = "keyText") String keyText) {
        return SoapFeatureKey.of(keys.install(keyText));
    }

    @WebMethod
    public void removeFeatureKey(@WebParam(name = "id") String id) {
        keys.remove(id);
    }
}
