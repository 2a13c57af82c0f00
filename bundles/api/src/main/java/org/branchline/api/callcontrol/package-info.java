/**
 * The technology-neutral call core: {@link org.branchline.api.callcontrol.Leg}s placed by
 * {@link org.branchline.api.callcontrol.LegProvider}s and joined by {@link org.branchline.api.callcontrol.CallControl}.
 * Call control for call applications (Message Center, auto attendants, queues, conferences, paging): an
 * application registers a {@link CallApplication} service naming the applications it answers; a leg provider hands
 * each call dialed to one of them, as an {@link ApplicationCall}, to the call core's {@link CallApplications}, which
 * runs it and hangs up the calls still inside an application when its service goes away.
 */
@org.osgi.annotation.versioning.Version("1.5.0")
package org.branchline.api.callcontrol;
