package org.branchline.api.directory;

import io.swagger.v3.oas.annotations.media.Schema;

/** A presence as a request gives it (RequestFields.presence): the enum value or its title, in any case. */
@Schema(name = "PresenceInput", description = "A presence in a request: a Presence value, or the guide's title "
        + "(\"On Vacation\") or kebab-case (\"on-vacation\"), ignoring case.",
        type = "string", anyOf = {Presence.class, String.class}, example = "On Vacation")
public interface PresenceInput {
}
