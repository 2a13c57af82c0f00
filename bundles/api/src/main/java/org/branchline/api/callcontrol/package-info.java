/**
 * Call control for call applications (Message Center, auto attendants, queues, conferences, paging): an
 * application registers a {@link CallApplication} service naming the applications it answers; the SIP core hands
 * it each call dialed to one of them as an {@link ApplicationCall}, and hangs up the calls still inside it when
 * the service goes away.
 */
@org.osgi.annotation.versioning.Version("1.2.0")
package org.branchline.api.callcontrol;
