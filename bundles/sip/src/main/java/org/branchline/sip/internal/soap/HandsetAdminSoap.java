package org.branchline.sip.internal.soap;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import org.branchline.api.admin.RequestFields;
import org.branchline.sip.HandsetService;
import org.branchline.sip.RegistrationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The SOAP door of the SIP core: handsets and their registrations, the same operations as REST and the shell. */
@Component(service = HandsetAdminSoap.class, property = "branchline.admin.soap=/handsets")
@WebService(name = "HandsetAdmin", serviceName = "HandsetAdminService", portName = "HandsetAdminPort",
        targetNamespace = HandsetAdminSoap.NAMESPACE)
public class HandsetAdminSoap {
    public static final String NAMESPACE = "urn:branchline:admin:handsets:1";
    private final HandsetService handsets;
    private final RegistrationService registrations;

    @Activate
    public HandsetAdminSoap(@Reference HandsetService handsets, @Reference RegistrationService registrations) {
        this.handsets = handsets;
        this.registrations = registrations;
    }

    @WebMethod
    public List<SoapHandset> listHandsets() {
        return handsets.list().stream().map(SoapHandset::of).toList();
    }

    @WebMethod
    public SoapHandset getHandset(@WebParam(name = "loginId") String loginId) {
        return SoapHandset.of(handsets.get(loginId));
    }

    /** Adds a handset; lines defaults to 1, owner (of line 1) to no one. */
    @WebMethod
    public SoapHandset createHandset(@WebParam(name = "loginId") String loginId,
            @WebParam(name = "description") String description, @WebParam(name = "lines") Integer lines,
            @WebParam(name = "password") String password, @WebParam(name = "owner") String owner) {
        return SoapHandset.of(handsets.create(RequestFields.required("login-id", loginId), description,
                lines == null ? 1 : lines, password, owner));
    }

    /** Changes what is given. */
    @WebMethod
    public SoapHandset updateHandset(@WebParam(name = "loginId") String loginId,
            @WebParam(name = "description") String description, @WebParam(name = "lines") Integer lines,
            @WebParam(name = "password") String password) {
        return SoapHandset.of(handsets.update(loginId, description, lines, password));
    }

    /** Gives call appearance {@code line} to the user {@code owner}; no owner: to no one. */
    @WebMethod
    public SoapHandset assignHandsetLine(@WebParam(name = "loginId") String loginId,
            @WebParam(name = "line") int line, @WebParam(name = "owner") String owner) {
        return SoapHandset.of(handsets.assign(loginId, line, owner));
    }

    @WebMethod
    public void deleteHandset(@WebParam(name = "loginId") String loginId) {
        handsets.delete(loginId);
    }

    /** Every registered contact, or with loginId those of one handset. */
    @WebMethod
    public List<SoapRegistration> listRegistrations(@WebParam(name = "loginId") String loginId) {
        return (loginId == null ? registrations.list() : registrations.ofHandset(loginId)).stream()
                .map(SoapRegistration::of).toList();
    }
}
