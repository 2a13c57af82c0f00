package org.branchline.api.licensing;

/** What identifies this server to the key vendor: its id, model and running release. */
public record ServerIdentity(String serverId, String model, String version) {
}
