package org.branchline.api.security;

import org.branchline.api.admin.NotAuthenticatedException;
import org.branchline.api.admin.PermissionDeniedException;

/**
 * Finds the PBX user behind the current call (the JAAS subject that the shell, REST and SOAP doors run
 * under) and checks the role table. Every admin service calls this before it changes or reveals anything.
 */
public interface AccessControl {
    /** The caller, or NotAuthenticatedException when no PBX user is logged in. */
    AdminCaller caller() throws NotAuthenticatedException;

    /** The caller, if its roles grant the permission; PermissionDeniedException otherwise. */
    AdminCaller require(Permission permission) throws NotAuthenticatedException, PermissionDeniedException;
}
