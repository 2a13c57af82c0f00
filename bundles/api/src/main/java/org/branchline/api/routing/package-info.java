@org.osgi.annotation.versioning.Version("1.4.0")
package org.branchline.api.routing;
