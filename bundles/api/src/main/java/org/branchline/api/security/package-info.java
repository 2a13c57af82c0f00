/**
 * The caller of an admin operation and the access control that checks it against the role table. Permissions
 * are values each subsystem declares; the roles that hold them are data (the role table), not code.
 */
@org.osgi.annotation.versioning.Version("2.0.0")
package org.branchline.api.security;
