package org.branchline.routing.internal.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.Destination;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.FinalActionKind;
import org.branchline.routing.internal.RouteFields;

/** A call route: connection attempts in order, then the Finally route (finalAction and its finalExtension). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "callRoute")
public class SoapRoute {
    public List<SoapAttempt> attempts = new ArrayList<>();
    /** HANG_UP, TRANSFER or VOICEMAIL. */
    public String finalAction;
    public String finalExtension;

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "connectionAttempt")
    public static class SoapAttempt {
        public List<SoapDestination> destinations = new ArrayList<>();
    }

    /** CALL_APPEARANCE (target: station number), USER_EXTENSION (extension) or FOLLOW_ME (outside number). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "destination")
    public static class SoapDestination {
        public String kind;
        public String target;
        public Integer rings;
    }

    static SoapRoute of(CallRoute route) {
        if (route == null) {
            return null;
        }
        SoapRoute s = new SoapRoute();
        route.attempts().forEach(a -> s.attempts.add(attempt(a)));
        s.finalAction = route.finalAction().kind().name();
        s.finalExtension = route.finalAction().extension();
        return s;
    }

    private static SoapAttempt attempt(ConnectionAttempt a) {
        SoapAttempt s = new SoapAttempt();
        a.destinations().forEach(d -> {
            SoapDestination destination = new SoapDestination();
            destination.kind = d.kind().name();
            destination.target = d.target();
            destination.rings = d.rings();
            s.destinations.add(destination);
        });
        return s;
    }

    CallRoute toRoute(String field) {
        FinalActionKind kind = RequestFields.oneOf(field + ".finalAction", FinalActionKind.class,
                RequestFields.required(field + ".finalAction", finalAction));
        return new CallRoute(RouteFields.each(field + ".attempts", attempts, (a, f) ->
                new ConnectionAttempt(RouteFields.each(f + ".destinations", a.destinations, SoapRoute::destination))),
                RouteFields.finalAction(field, kind, finalExtension));
    }

    private static Destination destination(SoapDestination d, String field) {
        DestinationKind kind = d.kind == null ? null
                : RequestFields.oneOf(field + ".kind", DestinationKind.class, d.kind);
        return RouteFields.destination(field, kind, d.target, d.rings);
    }
}
