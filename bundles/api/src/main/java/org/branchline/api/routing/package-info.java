@org.osgi.annotation.versioning.Version("1.3.1")
package org.branchline.api.routing;
