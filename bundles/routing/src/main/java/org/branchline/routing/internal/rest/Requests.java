package org.branchline.routing.internal.rest;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.branchline.api.admin.RequestFields;
import org.branchline.api.directory.PresenceInput;
import org.branchline.api.routing.CallRoute;
import org.branchline.api.routing.CallerIdMatch;
import org.branchline.api.routing.ConnectionAttempt;
import org.branchline.api.routing.DestinationKind;
import org.branchline.api.routing.FinalAction;
import org.branchline.api.routing.RouteSet;
import org.branchline.routing.internal.RouteFields;


/** The bodies of call routing's REST requests, as the admin JSON reads them (kebab-case, unknown fields refused). */
final class Requests {
    private static final String PRESENCES = "The presences this applies to, or [\"all\"] for the seven.";

    private Requests() {
    }

    @Schema(name = "RoutesRequest", description = "Routes for all callers of some presences.",
            requiredProperties = {"presences", "routes"},
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record RoutesBody(
            @ArraySchema(schema = @Schema(implementation = PresenceInput.class), minItems = 1, arraySchema =
                    @Schema(description = PRESENCES, example = "[\"IN_OFFICE\", \"AT_A_MEETING\"]"))
            List<String> presences,
            RouteSetBody routes) {
    }

    @Schema(name = "CallerIdRouteRequest", description = "A caller-ID route for some presences.",
            requiredProperties = {"presences", "match", "routes"},
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record CallerIdRouteBody(
            @ArraySchema(schema = @Schema(implementation = PresenceInput.class), minItems = 1, arraySchema =
                    @Schema(description = PRESENCES, example = "[\"IN_OFFICE\", \"AT_A_MEETING\"]"))
            List<String> presences,
            CallerIdMatch match,
            RouteSetBody routes) {
    }

    /** The primary route is required; no on-busy route: busy is treated as no answer. */
    @Schema(name = "RouteSetRequest", description = "The primary route and, optionally, the On-Busy route.",
            requiredProperties = {"primary"}, additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record RouteSetBody(
            CallRouteBody primary,
            @Schema(description = "Left out or null: busy is treated as no answer.", nullable = true,
                    schemaResolution = Schema.SchemaResolution.ALL_OF_REF)
            CallRouteBody onBusy) {
        RouteSet routeSet(String field) {
            CallRoute first = RequestFields.required(field + ".primary", primary).route(field + ".primary");
            return new RouteSet(first, onBusy == null ? null : onBusy.route(field + ".on-busy"));
        }
    }

    @Schema(name = "CallRouteRequest", description = "Connection attempts tried in order, then the Finally route.",
            requiredProperties = {"final-action"}, additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record CallRouteBody(
            @Schema(description = "Left out: none, straight to the Finally route.") List<AttemptBody> attempts,
            FinalAction finalAction) {
        CallRoute route(String field) {
            String f = field + ".final-action";
            FinalAction last = RequestFields.required(f, finalAction);
            return new CallRoute(RouteFields.each(field + ".attempts", attempts, AttemptBody::attempt),
                    RouteFields.finalAction(f, last.kind(), last.extension()));
        }
    }

    @Schema(name = "ConnectionAttemptRequest", description = "Destinations that ring together.",
            requiredProperties = {"destinations"}, additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record AttemptBody(
            @Schema(description = "The destinations rung together in this attempt.")
            List<DestinationBody> destinations) {
        ConnectionAttempt attempt(String field) {
            return new ConnectionAttempt(RouteFields.each(field + ".destinations", destinations,
                    (d, f) -> RouteFields.destination(f, d.kind(), d.target(), d.rings())));
        }
    }

    @Schema(name = "DestinationRequest", description = "A destination to ring.",
            requiredProperties = {"kind", "target"}, additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record DestinationBody(
            DestinationKind kind,
            @Schema(description = "Station number, extension or outside number, per kind.", example = "5100")
            String target,
            @Schema(description = "Rings, 6 seconds each.", minimum = "1", maximum = "20", defaultValue = "4")
            Integer rings) {
    }

    @Schema(name = "SpeedDialRequest", description = "What a speed dial dials.", requiredProperties = {"dial"},
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record SpeedDialBody(
            @Schema(description = "Ignored when it names the speed dial of the path.") String number,
            @Schema(description = "Description.") String description,
            @Schema(description = "What the server dials: an extension or an outside number.", example = "95551234")
            String dial) {
    }

    @Schema(name = "CallParkRequest", description = "New call park settings.",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record CallParkBody(
            @Schema(description = "Seconds a call stays parked; left out: unchanged.", example = "600",
                    minimum = "10", maximum = "3600")
            Integer timeoutSeconds,
            @Schema(description = "Where a call that timed out goes; left out or null: back to the call appearance "
                    + "that parked it.", example = "100", nullable = true)
            String timeoutExtension) {
    }
}
