package org.branchline.api.directory;

import io.swagger.v3.oas.annotations.media.Schema;

/** The rows of the Internal Dial Plan page (admin guide §7.2), each given one leading digit. */
@Schema(name = "DialPlanFunction", description = "A row of the Internal Dial Plan table (admin guide §7.2): User and "
        + "System Extensions, Operator, External Call access, Enterprise calling, Internal station access, Speed "
        + "dial numbers, Message Center, Call Functions (park/pickup/audit pin code), Leave a voicemail for "
        + "extension, PBX Functions.", enumAsRef = true)
public enum DialPlanFunction {
    EXTENSIONS("User and System Extensions"),
    OPERATOR("Operator"),
    OUTSIDE_LINE("External Call access"),
    ENTERPRISE("Enterprise calling"),
    INTERNAL_STATION("Internal station access"),
    SPEED_DIAL("Speed dial numbers"),
    MESSAGE_CENTER("Message Center"),
    CALL_FUNCTIONS("Call Functions (park/pickup/audit pin code)"),
    LEAVE_VOICEMAIL("Leave a voicemail for extension"),
    PBX_FUNCTIONS("PBX Functions");

    private final String title;

    DialPlanFunction(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The field name used in requests and error messages, e.g. "leave-voicemail". */
    public String field() {
        return name().toLowerCase().replace('_', '-');
    }
}
