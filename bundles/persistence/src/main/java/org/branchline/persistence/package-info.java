/** Conventions every subsystem bundle uses to own its tables: versioned schema migrations and transactions. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.branchline.persistence;
