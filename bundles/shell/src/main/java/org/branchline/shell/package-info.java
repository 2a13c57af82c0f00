/** What the pbx:* commands of every subsystem share: the --json writer and table helpers. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.branchline.shell;
