package org.branchline.sip.internal.rest;

import io.swagger.v3.oas.annotations.media.Schema;


/** The bodies of the SIP core's REST requests, as the admin JSON reads them (kebab-case, unknown fields refused). */
final class Requests {
    private Requests() {
    }

    @Schema(name = "HandsetRequest", description = "A new generic SIP handset (POST; login-id, description and "
            + "password are required) or the changes to a handset (PUT; fields left out stay as they are).",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record HandsetBody(
            @Schema(description = "The Login ID line 1 authenticates with (digest username). When changing: ignored "
                    + "when it names the handset of the path: a Login ID cannot be changed.",
                    example = "alice-phone", pattern = "^[A-Za-z0-9._-]{1,64}$")
            String loginId,
            @Schema(description = "Description, at most 128 characters.", maxLength = 128)
            String description,
            @Schema(description = "Number of Lines: call appearances, 1 to 24 (1 when left out). When changing, "
                    + "appearances are added or removed at the end.", example = "2", minimum = "1",
                    maximum = "24")
            Integer lines,
            @Schema(description = "The password every line authenticates with: 4-64 characters, no ':'. When "
                    + "changing: a new password for every line.", minLength = 4, maxLength = 64)
            String password,
            @Schema(description = "The login name of the user who owns line 1; left out: no one. When changing: "
                    + "refused: give a line its owner with PUT /v1/handsets/{loginId}/lines/{line}.")
            String owner) {
    }

    @Schema(name = "LineOwnerRequest", description = "The owner of a call appearance.",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    record LineOwnerBody(
            @Schema(description = "The login name of a user, or null for no one.", example = "bob", nullable = true)
            String owner) {
    }
}
