package org.branchline.licensing.internal.rest;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.branchline.api.admin.AdminResponses;
import org.branchline.api.licensing.FeatureKey;
import org.branchline.api.licensing.FeatureKeyService;
import org.branchline.api.licensing.FeatureLicense;
import org.branchline.api.licensing.ServerIdentity;

/** Maintenance &gt; Feature Keys (admin guide §3.3): the server id keys are issued for, the keys, the features. */
@Tag(name = "Maintenance",
        description = "Maintenance > Feature Keys and Maintenance > Update (admin guide §3.3, §4)")
@ApiResponse(responseCode = "401", ref = AdminResponses.UNAUTHORIZED)
@ApiResponse(responseCode = "403", ref = AdminResponses.FORBIDDEN)
@ApiResponse(responseCode = "429", ref = AdminResponses.TOO_MANY_REQUESTS)
@Component(service = FeatureKeysResource.class, property = "branchline.admin.rest=true")
@Path("v1/feature-keys")
@Produces(MediaType.APPLICATION_JSON)
public class FeatureKeysResource {
    private static final String FEATURE_KEY_ID = "The key's id (Key-Id in the key's text).";
    private final FeatureKeyService keys;

    private static final String KEY_EXAMPLE = "-----BEGIN BRANCHLINE FEATURE KEY-----\nKey-Id: "
            + "2026-0001\nServer-Id: BL-7F3A-91C2-0D4E\nFeature: CONFERENCE_CENTER\nFeature: "
            + "GENERIC_SIP_HANDSETS 10\nIssued: 2026-11-23\nExpires: 2027-11-23\nSignature: "
            + "(base64)\n-----END BRANCHLINE FEATURE KEY-----\n";

    @Activate

    public FeatureKeysResource(@Reference FeatureKeyService keys) {
        this.keys = keys;
    }

    /** The server, its keys, and per feature: licensed, installed, allowed and used. */
    @Schema(name = "FeatureKeysListing", description = "Maintenance > Feature Keys (admin guide §3.3).",
            requiredProperties = {"server", "keys", "features"})
    public record Listing(
            ServerIdentity server,
            @Schema(description = "The installed keys, expired ones included.") List<FeatureKey> keys,
            @Schema(description = "Every feature, in the order of §3.3.") List<FeatureLicense> features) {
    }

    @GET
    @Operation(operationId = "listFeatureKeys", summary = "List the feature keys",
            description = "Maintenance > Feature Keys (admin guide §3.3): the server id that keys are "
                    + "issued for, with the model and the running release; the installed keys; and per "
                    + "feature whether it is licensed, and for counted features (User Expansion, Generic "
                    + "SIP Handsets) the number installed by keys, allowed in all (the model's base "
                    + "included) and in use. Needs an admin role (Server, System, Phone or Network "
                    + "Administrator, Support Technician).")
    @ApiResponse(responseCode = "200", description = "The server, its keys and its features.",
            useReturnTypeSchema = true)
    public Listing list() {
        return new Listing(keys.identity(), keys.keys(), keys.licenses());
    }

    /** The body is the key as issued, BEGIN to END lines. */
    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(operationId = "installFeatureKey", summary = "Install a feature key",
            description = "Maintenance > Feature Keys > Install (admin guide §3.3): installs a key as "
                    + "issued by the key vendor and starts at once the subsystems it licenses. Keys work "
                    + "only on the server they were issued for. A key that is not a key, was altered, was "
                    + "issued for another server or has expired answers 400 (field `key`); a key already "
                    + "installed, or one with a feature this model cannot take (e.g. Automatic Call "
                    + "Distribution on the 6x12), answers 409. Needs an admin role (Server, System, Phone "
                    + "or Network Administrator, Support Technician).")
    @ApiResponse(responseCode = "201",
            description = "The key as installed; the subsystems it licenses have been started.",
            content = @Content(schema = @Schema(implementation = FeatureKey.class)))
    @ApiResponse(responseCode = "400", ref = AdminResponses.BAD_REQUEST)
    @ApiResponse(responseCode = "409", ref = AdminResponses.CONFLICT)
    public Response install(
            @RequestBody(description = "The key as issued, BEGIN to END lines included; pasted from an "
                    + "e-mail is fine (lines are trimmed).", required = true,
                    content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = "string"),
                            examples = @ExampleObject(value = KEY_EXAMPLE)))
            String text) {
        return Response.status(Response.Status.CREATED).entity(keys.install(text)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "removeFeatureKey", summary = "Remove a feature key",
            description = "Removes an installed key (admin guide §3.3); what it licensed stops unless "
                    + "another key still licenses it. Needs an admin role (Server, System, Phone or Network "
                    + "Administrator, Support Technician).")
    @ApiResponse(responseCode = "204",
            description = "Removed; the subsystems licensed only by this key have been stopped. No body.")
    @ApiResponse(responseCode = "404", ref = AdminResponses.NOT_FOUND)
    public Response remove(
            @PathParam("id") @Parameter(description = FEATURE_KEY_ID, example = "2026-0001") String id) {
        keys.remove(id);
        return Response.noContent().build();
    }
}
