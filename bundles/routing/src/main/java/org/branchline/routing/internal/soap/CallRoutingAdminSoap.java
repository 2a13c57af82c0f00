package org.branchline.routing.internal.soap;

import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebService;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.routing.CallParkService;
import org.branchline.api.routing.CallRouteService;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.SpeedDial;
import org.branchline.api.routing.SpeedDialService;
import org.branchline.routing.internal.CallParkFields;
import org.branchline.routing.internal.RouteFields;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The SOAP door of call routing: call routes, speed dials and call park, the same operations as REST and the
 * shell.
 */
@Component(service = CallRoutingAdminSoap.class, property = "branchline.admin.soap=/call-routing")
@WebService(name = "CallRoutingAdmin", serviceName = "CallRoutingAdminService", portName = "CallRoutingAdminPort",
        targetNamespace = CallRoutingAdminSoap.NAMESPACE)
public class CallRoutingAdminSoap {
    public static final String NAMESPACE = "urn:branchline:admin:call-routing:1";
    private final CallRouteService callRoutes;
    private final SpeedDialService speedDials;
    private final CallParkService callPark;

    @Activate
    public CallRoutingAdminSoap(@Reference CallRouteService callRoutes, @Reference SpeedDialService speedDials,
            @Reference CallParkService callPark) {
        this.callRoutes = callRoutes;
        this.speedDials = speedDials;
        this.callPark = callPark;
    }

    @WebMethod
    public SoapExtensionRoutes getCallRoutes(@WebParam(name = "extension") String extension) {
        return SoapExtensionRoutes.of(callRoutes.routes(extension));
    }

    /** Sets the routes for all callers of each presence given (or the single presence "all"). */
    @WebMethod
    public SoapExtensionRoutes setCallRoutes(@WebParam(name = "extension") String extension,
            @WebParam(name = "presence") List<String> presences, @WebParam(name = "routes") SoapRouteSet routes) {
        return SoapExtensionRoutes.of(callRoutes.setRoutes(extension,
                RequestFields.presences("presence", presences), SoapRouteSet.toRouteSet("routes", routes)));
    }

    /** Adds, or replaces the one with the same match, a caller-ID route to each presence given. */
    @WebMethod
    public SoapExtensionRoutes putCallerIdRoute(@WebParam(name = "extension") String extension,
            @WebParam(name = "presence") List<String> presences, @WebParam(name = "internal") boolean internal,
            @WebParam(name = "pattern") String pattern, @WebParam(name = "routes") SoapRouteSet routes) {
        CallerIdRoute route = new CallerIdRoute(RouteFields.callerIdMatch(internal, pattern), SoapRouteSet.toRouteSet("routes", routes));
        return SoapExtensionRoutes.of(callRoutes.putCallerIdRoute(extension,
                RequestFields.presences("presence", presences), route));
    }

    @WebMethod
    public SoapExtensionRoutes removeCallerIdRoute(@WebParam(name = "extension") String extension,
            @WebParam(name = "presence") List<String> presences, @WebParam(name = "internal") boolean internal,
            @WebParam(name = "pattern") String pattern) {
        return SoapExtensionRoutes.of(callRoutes.removeCallerIdRoute(extension,
                RequestFields.presences("presence", presences), RouteFields.callerIdMatch(internal, pattern)));
    }

    /** Back to the default routes. */
    @WebMethod
    public SoapExtensionRoutes resetCallRoutes(@WebParam(name = "extension") String extension) {
        return SoapExtensionRoutes.of(callRoutes.reset(extension));
    }

    @WebMethod
    public List<SoapSpeedDial> listSpeedDials() {
        return speedDials.list().stream().map(SoapSpeedDial::of).toList();
    }

    @WebMethod
    public SoapSpeedDial getSpeedDial(@WebParam(name = "number") String number) {
        return SoapSpeedDial.of(speedDials.get(number));
    }

    /** Adds or changes a speed dial. */
    @WebMethod
    public SoapSpeedDial putSpeedDial(@WebParam(name = "number") String number,
            @WebParam(name = "description") String description, @WebParam(name = "dial") String dial) {
        return SoapSpeedDial.of(speedDials.put(new SpeedDial(number, description, dial)));
    }

    @WebMethod
    public void deleteSpeedDial(@WebParam(name = "number") String number) {
        speedDials.delete(number);
    }

    @WebMethod
    public SoapCallPark getCallPark() {
        return SoapCallPark.of(callPark.get());
    }

    /** No timeoutSeconds: the timeout stays; no timeoutExtension: back to the call appearance that parked. */
    @WebMethod
    public SoapCallPark updateCallPark(@WebParam(name = "timeoutSeconds") Integer timeoutSeconds,
            @WebParam(name = "timeoutExtension") String timeoutExtension) {
        return SoapCallPark.of(CallParkFields.update(callPark, timeoutSeconds, timeoutExtension));
    }
}
