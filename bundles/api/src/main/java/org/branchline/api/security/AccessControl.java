package org.branchline.api.security;

import org.branchline.api.admin.NotAuthenticatedException;
import org.branchline.api.admin.PermissionDeniedException;

/**
 * Finds the PBX user behind the current call (the JAAS subject that the shell, REST and SOAP doors run
 * under) and checks the role table (admin guide §2.2.2, shipped as etc/org.branchline.roles-*.cfg). Every
 * admin service calls this before it changes or reveals anything.
 */
public interface AccessControl {
    /** The caller, or NotAuthenticatedException when no PBX user is logged in. */
    AdminCaller caller() throws NotAuthenticatedException;

    /**
     * The caller, if the role table grants the permission to one of its roles; PermissionDeniedException
     * otherwise, and always for a permission that no row of the table names (deny by default).
     */
    AdminCaller require(Permission permission) throws NotAuthenticatedException, PermissionDeniedException;
}
