/**
 * Feature keys and server models (admin guide §1.3, §3.3): what this server may do, and the services that
 * install, list and remove keys.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.branchline.api.licensing;
