package org.branchline.admin.internal.soap;

import java.util.List;
import java.util.Objects;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import org.branchline.admin.internal.CallRoutingServices;
import org.branchline.admin.internal.OptionalService;
import org.branchline.admin.internal.PhoneSystemFields;
import org.branchline.admin.internal.SipCoreServices;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.calls.CallRecordService;
import org.branchline.api.routing.CallParkService;
import org.branchline.api.routing.CallRouteService;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.routing.SpeedDialService;
import org.branchline.api.sip.HandsetService;
import org.branchline.api.sip.RegistrationService;

/**
 * The SOAP door of the phone system: handsets, registrations, call routes, speed dials, call park and call
 * records, the same operations as REST and the shell. Operations of a feature that is not
 * installed fail with soap:Server, status 503.
 */
@WebService(name = "PhoneSystemAdmin", serviceName = "PhoneSystemAdminService", portName = "PhoneSystemAdminPort",
        targetNamespace = PhoneSystemAdminSoap.NAMESPACE)
public class PhoneSystemAdminSoap {
    public static final String NAMESPACE = "urn:branchline:admin:phone-system:1";
    private final OptionalService<HandsetService> handsets;
    private final OptionalService<RegistrationService> registrations;
    private final OptionalService<CallRecordService> calls;
    private final OptionalService<CallRouteService> callRoutes;
    private final OptionalService<SpeedDialService> speedDials;
    private final OptionalService<CallParkService> callPark;

    public PhoneSystemAdminSoap(SipCoreServices sip, OptionalService<CallRecordService> calls,
            CallRoutingServices routing) {
        this.handsets = sip.handsets();
        this.registrations = sip.registrations();
        this.calls = calls;
        this.callRoutes = routing.callRoutes();
        this.speedDials = routing.speedDials();
        this.callPark = routing.callPark();
    }

    @WebMethod
    public List<SoapHandset> listHandsets() {
        return handsets.get().list().stream().map(SoapHandset::of).toList();
    }

    @WebMethod
    public SoapHandset getHandset(@WebParam(name = "loginId") String loginId) {
        return SoapHandset.of(handsets.get().get(loginId));
    }

    /** Adds a handset; lines defaults to 1, owner (of line 1) to no one. */
    @WebMethod
    public SoapHandset createHandset(@WebParam(name = "loginId") String loginId,
            @WebParam(name = "description") String description, @WebParam(name = "lines") Integer lines,
            @WebParam(name = "password") String password, @WebParam(name = "owner") String owner) {
        return SoapHandset.of(PhoneSystemFields.createHandset(handsets.get(), loginId, description, lines, password,
                owner));
    }

    /** Changes what is given. */
    @WebMethod
    public SoapHandset updateHandset(@WebParam(name = "loginId") String loginId,
            @WebParam(name = "description") String description, @WebParam(name = "lines") Integer lines,
            @WebParam(name = "password") String password) {
        return SoapHandset.of(handsets.get().update(loginId, description, lines, password));
    }

    /** Gives call appearance {@code line} to the user {@code owner}; no owner: to no one. */
    @WebMethod
    public SoapHandset assignHandsetLine(@WebParam(name = "loginId") String loginId,
            @WebParam(name = "line") int line, @WebParam(name = "owner") String owner) {
        return SoapHandset.of(handsets.get().assign(loginId, line, owner));
    }

    @WebMethod
    public void deleteHandset(@WebParam(name = "loginId") String loginId) {
        handsets.get().delete(loginId);
    }

    /** Every registered contact, or with loginId those of one handset. */
    @WebMethod
    public List<SoapRegistration> listRegistrations(@WebParam(name = "loginId") String loginId) {
        RegistrationService service = registrations.get();
        return (loginId == null ? service.list() : service.ofHandset(loginId)).stream().map(SoapRegistration::of)
                .toList();
    }

    @WebMethod
    public SoapExtensionRoutes getCallRoutes(@WebParam(name = "extension") String extension) {
        return SoapExtensionRoutes.of(callRoutes.get().routes(extension));
    }

    /** Sets the routes for all callers of each presence given (or the single presence "all"). */
    @WebMethod
    public SoapExtensionRoutes setCallRoutes(@WebParam(name = "extension") String extension,
            @WebParam(name = "presence") List<String> presences, @WebParam(name = "routes") SoapRouteSet routes) {
        return SoapExtensionRoutes.of(callRoutes.get().setRoutes(extension,
                RequestFields.presences("presence", presences), SoapRouteSet.toRouteSet("routes", routes)));
    }

    /** Adds, or replaces the one with the same match, a caller-ID route to each presence given. */
    @WebMethod
    public SoapExtensionRoutes putCallerIdRoute(@WebParam(name = "extension") String extension,
            @WebParam(name = "presence") List<String> presences, @WebParam(name = "internal") boolean internal,
            @WebParam(name = "pattern") String pattern, @WebParam(name = "routes") SoapRouteSet routes) {
        CallerIdRoute route = new CallerIdRoute(PhoneSystemFields.callerIdMatch(internal, pattern),
                SoapRouteSet.toRouteSet("routes", routes));
        return SoapExtensionRoutes.of(callRoutes.get().putCallerIdRoute(extension,
                RequestFields.presences("presence", presences), route));
    }

    @WebMethod
    public SoapExtensionRoutes removeCallerIdRoute(@WebParam(name = "extension") String extension,
            @WebParam(name = "presence") List<String> presences, @WebParam(name = "internal") boolean internal,
            @WebParam(name = "pattern") String pattern) {
        return SoapExtensionRoutes.of(callRoutes.get().removeCallerIdRoute(extension,
                RequestFields.presences("presence", presences), PhoneSystemFields.callerIdMatch(internal, pattern)));
    }

    /** Back to the default routes. */
    @WebMethod
    public SoapExtensionRoutes resetCallRoutes(@WebParam(name = "extension") String extension) {
        return SoapExtensionRoutes.of(callRoutes.get().reset(extension));
    }

    @WebMethod
    public List<SoapSpeedDial> listSpeedDials() {
        return speedDials.get().list().stream().map(SoapSpeedDial::of).toList();
    }

    @WebMethod
    public SoapSpeedDial getSpeedDial(@WebParam(name = "number") String number) {
        return SoapSpeedDial.of(speedDials.get().get(number));
    }

    /** Adds or changes a speed dial. */
    @WebMethod
    public SoapSpeedDial putSpeedDial(@WebParam(name = "number") String number,
            @WebParam(name = "description") String description, @WebParam(name = "dial") String dial) {
        return SoapSpeedDial.of(speedDials.get().put(new SpeedDial(number, description, dial)));
    }

    @WebMethod
    public void deleteSpeedDial(@WebParam(name = "number") String number) {
        speedDials.get().delete(number);
    }

    @WebMethod
    public SoapCallPark getCallPark() {
        return SoapCallPark.of(callPark.get().get());
    }

    /** No timeoutSeconds: the timeout stays; no timeoutExtension: back to the call appearance that parked. */
    @WebMethod
    public SoapCallPark updateCallPark(@WebParam(name = "timeoutSeconds") Integer timeoutSeconds,
            @WebParam(name = "timeoutExtension") String timeoutExtension) {
        return SoapCallPark.of(PhoneSystemFields.updateCallPark(callPark.get(), timeoutSeconds, timeoutExtension));
    }

    /** The newest first: at most limit (1-1000, default 100), started since an ISO-8601 instant or date. */
    @WebMethod
    public List<SoapCallRecord> listCalls(@WebParam(name = "limit") Integer limit,
            @WebParam(name = "since") String since) {
        return calls.get().list(RequestFields.instant("since", since),
                PhoneSystemFields.callLimit(Objects.toString(limit, null))).stream().map(SoapCallRecord::of).toList();
    }
}
