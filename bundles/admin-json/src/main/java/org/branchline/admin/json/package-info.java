/** The JSON of the admin doors: what REST answers and reads, and what the shell prints with --json. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.branchline.admin.json;
