package org.branchline.routing.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.routing.RouteSet;

/** The primary route and the On-Busy route (none: busy is treated as no answer). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "routeSet")
public class SoapRouteSet {
    public SoapRoute primary;
    public SoapRoute onBusy;

    static SoapRouteSet of(RouteSet routes) {
        SoapRouteSet s = new SoapRouteSet();
        s.primary = SoapRoute.of(routes.primary());
        s.onBusy = SoapRoute.of(routes.onBusy());
        return s;
    }

    static RouteSet toRouteSet(String field, SoapRouteSet routes) {
        SoapRouteSet r = RequestFields.required(field, routes);
        return new RouteSet(RequestFields.required(field + ".primary", r.primary).toRoute(field + ".primary"),
                r.onBusy == null ? null : r.onBusy.toRoute(field + ".onBusy"));
    }
}
