package org.branchline.routing.internal.soap;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.routing.CallerIdRoute;
import org.branchline.api.routing.ExtensionRoutes;
import org.branchline.api.routing.PresenceRoutes;

/** View Call Routes of an extension: per presence, for all callers and per caller ID. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "extensionRoutes")
public class SoapExtensionRoutes {
    public String extension;
    public String kind;
    public List<SoapPresenceRoutes> presences = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "presenceRoutes")
    public static class SoapPresenceRoutes {
        public String presence;
        public SoapRouteSet routes;
        public List<SoapCallerIdRoute> callerIdRoutes = new ArrayList<>();
    }

    /** internal: pattern is the calling user's login name; otherwise an outside number, '*' for any digits. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "callerIdRoute")
    public static class SoapCallerIdRoute {
        public boolean internal;
        public String pattern;
        public SoapRouteSet routes;
    }

    static SoapExtensionRoutes of(ExtensionRoutes routes) {
        SoapExtensionRoutes s = new SoapExtensionRoutes();
        s.extension = routes.extension();
        s.kind = routes.kind().name();
        routes.presences().forEach(p -> s.presences.add(presence(p)));
        return s;
    }

    private static SoapPresenceRoutes presence(PresenceRoutes p) {
        SoapPresenceRoutes s = new SoapPresenceRoutes();
        s.presence = p.presence().name();
        s.routes = SoapRouteSet.of(p.routes());
        p.callerIdRoutes().forEach(c -> s.callerIdRoutes.add(callerId(c)));
        return s;
    }

    private static SoapCallerIdRoute callerId(CallerIdRoute c) {
        SoapCallerIdRoute s = new SoapCallerIdRoute();
        s.internal = c.match().internal();
        s.pattern = c.match().pattern();
        s.routes = SoapRouteSet.of(c.routes());
        return s;
    }
}
