package org.branchline.api.directory;

/** An extension number; {@code owner} is the user's login name for a user extension, null for a system one. */
public record Extension(String number, ExtensionKind kind, String owner, String description) {
}
