package org.branchline.api.directory;

import io.swagger.v3.oas.annotations.media.Schema;

/** Admin guide §18.1: user extensions belong to a user, system extensions to no one. */
@Schema(name = "ExtensionKind", description = "User extensions belong to a user; system extensions to no one (admin "
        + "guide §18.1). Case-insensitive in requests.", enumAsRef = true)
public enum ExtensionKind {
    USER, SYSTEM
}
