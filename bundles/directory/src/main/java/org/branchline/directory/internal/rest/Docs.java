package org.branchline.directory.internal.rest;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What the resources' OpenAPI annotations share: the error responses of {@code openapi-base.json}, the texts of
 * path parameters used by more than one operation, and types that only describe JSON which the code holds in maps
 * or as text (they are never instantiated).
 */
public final class Docs {

    static final String LOGIN = "A user's login name.";
    static final String EXTENSION_NUMBER = "An extension number.";
    static final String TEMPLATE_NAME = "A user template's name, URL-encoded (\"System%20User%20(Default)\").";
    static final String ROLE = "An administrative role (admin guide §2.2.1), as its short name (phone-administrator), "
            + "its Role value (PHONE_ADMINISTRATOR) or the guide's title (Phone Administrator), ignoring case.";
    private static final String HOLDERS = "Login names, in order.";

    private Docs() {
    }


    /** The dial plan's digits as DialPlanView and DialPlanBody hold them: keyed by DialPlanFunction.field(). */
    @Schema(name = "DialPlanDigits", description = "The leading digit (0-9) of each function of the Internal Dial "
            + "Plan (admin guide §7.2), keyed by function. In a request, the functions left out keep their digit.",
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record DialPlanDigits(
            @Schema(description = "User and System Extensions: in Normal mode digit d (1 to 8) gives the block d.. "
                    + "and (d+1).. (1 gives 1xx-2xx); kept but unused in Extension mode.", minimum = "0",
                    maximum = "9")
            Integer extensions,
            @Schema(description = "Operator.", minimum = "0", maximum = "9") Integer operator,
            @Schema(description = "External Call access: this digit + external number.", minimum = "0",
                    maximum = "9")
            Integer outsideLine,
            @Schema(description = "Enterprise calling: this digit + enterprise number.", minimum = "0",
                    maximum = "9")
            Integer enterprise,
            @Schema(description = "Internal station access (reserved for the system).", minimum = "0", maximum = "9")
            Integer internalStation,
            @Schema(description = "Speed dial numbers (e.g. 350-399 and 34nnn with digit 3).", minimum = "0",
                    maximum = "9")
            Integer speedDial,
            @Schema(description = "Message Center: this digit + user extension.", minimum = "0", maximum = "9")
            Integer messageCenter,
            @Schema(description = "Call Functions: call park, call retrieve, call pickup, audit PIN code.",
                    minimum = "0", maximum = "9")
            Integer callFunctions,
            @Schema(description = "Leave a voicemail for extension: this digit + user extension.", minimum = "0",
                    maximum = "9")
            Integer leaveVoicemail,
            @Schema(description = "PBX Functions: door relay, conference center, do not disturb, auto attendants, "
                    + "call queues, call forwarding, paging.", minimum = "0", maximum = "9")
            Integer pbxFunctions) {
    }

    /** The role table as UserService.roles() gives it: keyed by Role, as JSON writes an enum. */
    @Schema(name = "RoleHolders", description = "Business > Roles: the login names of the users holding each role.",
            requiredProperties = {"SERVER_ADMINISTRATOR", "SYSTEM_ADMINISTRATOR", "PHONE_ADMINISTRATOR",
                    "NETWORK_ADMINISTRATOR", "SUPPORT_TECHNICIAN"},
            additionalProperties = Schema.AdditionalPropertiesValue.FALSE)
    public record RoleHolders(
            @JsonProperty("SERVER_ADMINISTRATOR") @Schema(description = HOLDERS) List<String> serverAdministrator,
            @JsonProperty("SYSTEM_ADMINISTRATOR") @Schema(description = HOLDERS) List<String> systemAdministrator,
            @JsonProperty("PHONE_ADMINISTRATOR") @Schema(description = HOLDERS) List<String> phoneAdministrator,
            @JsonProperty("NETWORK_ADMINISTRATOR") @Schema(description = HOLDERS) List<String> networkAdministrator,
            @JsonProperty("SUPPORT_TECHNICIAN") @Schema(description = HOLDERS) List<String> supportTechnician) {
    }
}
