package org.branchline.api.calls;

import java.time.Instant;

/**
 * A call detail record: one per call, written when it ends.
 *
 * @param answered null when nobody answered
 * @param answeredBy the station number that answered, or null
 * @param route the route taken, e.g. "101 In Office: attempt 2" or "101 In Office: Finally voicemail"
 */
public record CallRecord(long id, String callId, Instant started, Instant answered, Instant ended, String from,
        String to, String answeredBy, CallDisposition disposition, String route) {
}
