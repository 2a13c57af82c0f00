package org.branchline.api.calls;

import java.time.Instant;
import java.util.List;

/** Reports &gt; call detail records. */
public interface CallRecordService {
    /** The newest first; {@code since} may be null; at most {@code limit} (1-1000) records. */
    List<CallRecord> list(Instant since, int limit);
}
