package org.branchline.api.directory;

/** Admin guide §18.1: user extensions belong to a user, system extensions to no one. */
public enum ExtensionKind {
    USER, SYSTEM
}
