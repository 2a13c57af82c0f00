/**
 * Calls as the rest of the server sees them: {@link org.branchline.api.calls.CallEvent call events} as they
 * happen, call detail records once they end, message waiting for the phones' lamps.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package org.branchline.api.calls;
