/** Maintenance &gt; Update (admin guide §4): the running release, patches applied in place, and their history. */
@org.osgi.annotation.versioning.Version("1.0.0")
package org.branchline.update;
