package org.branchline.admin.internal.rest;

import java.util.List;
import java.util.Map;
import org.branchline.admin.internal.PhoneSystemFields;
import org.branchline.admin.internal.RouteFields;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.DialPlanMode;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.TemplateApplication;
import org.branchline.api.directory.UserChange;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.RouteSet;

/** JSON request bodies (kebab-case names, which are also the field names that errors report). */
final class Requests {
    private Requests() {
    }

    record UserBody(String loginName, String template, String fullName, String password, String pin,
            Boolean requirePasswordChange, Boolean requirePinChange, String presence, Map<String, String> settings) {
        UserChange change() {
            return new UserChange(fullName, password, pin, requirePasswordChange, requirePinChange,
                    presence == null ? null : RequestFields.presence(presence), settings);
        }
    }

    record PresenceBody(String presence) {
    }

    record TemplateApplicationBody(String template, TemplateApplication mode) {
    }

    record PasswordChangeBody(String currentPassword, String newPassword) {
    }

    record TemplateCopyBody(String source, String name) {
    }

    record TemplateBody(String name, Map<String, String> settings) {
    }

    record ExtensionBody(String number, ExtensionKind kind, String owner, String description) {
    }

    record DialPlanBody(DialPlanMode mode, Map<String, Integer> digits) {
    }

    record ExtensionLengthBody(Integer extensionLength) {
    }

    record HandsetBody(String loginId, String description, Integer lines, String password, String owner) {
    }

    record LineOwnerBody(String owner) {
    }

    record RoutesBody(List<String> presences, RouteSetBody routes) {
    }

    record CallerIdRouteBody(List<String> presences, CallerIdMatch match, RouteSetBody routes) {
    }

    /** The primary route is required; no on-busy route: busy is treated as no answer. */
    record RouteSetBody(CallRouteBody primary, CallRouteBody onBusy) {
        RouteSet routeSet(String field) {
            CallRoute first = PhoneSystemFields.required(field + ".primary", primary).route(field + ".primary");
            return new RouteSet(first, onBusy == null ? null : onBusy.route(field + ".on-busy"));
        }
    }

    record CallRouteBody(List<AttemptBody> attempts, FinalAction finalAction) {
        CallRoute route(String field) {
            String f = field + ".final-action";
            FinalAction last = PhoneSystemFields.required(f, finalAction);
            return new CallRoute(RouteFields.each(field + ".attempts", attempts, AttemptBody::attempt),
                    RouteFields.finalAction(f, last.kind(), last.extension()));
        }
    }

    record AttemptBody(List<DestinationBody> destinations) {
        ConnectionAttempt attempt(String field) {
            return new ConnectionAttempt(RouteFields.each(field + ".destinations", destinations,
                    (d, f) -> RouteFields.destination(f, d.kind(), d.target(), d.rings())));
        }
    }

    record DestinationBody(DestinationKind kind, String target, Integer rings) {
    }

    record SpeedDialBody(String number, String description, String dial) {
    }

    record CallParkBody(Integer timeoutSeconds, String timeoutExtension) {
    }
}
