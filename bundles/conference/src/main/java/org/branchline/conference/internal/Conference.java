package org.branchline.conference.internal;

/** An unscheduled conference (Phone System &gt; Conference Center): its ID and the callers in it now. */
public record Conference(String id, int callers) {
}
