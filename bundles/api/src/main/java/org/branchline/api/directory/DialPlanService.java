package org.branchline.api.directory;

import java.util.List;

/** Phone System &gt; Dial Plan: extension length and internal dial plan (admin guide §7). */
public interface DialPlanService {
    DialPlan get();

    List<DialPattern> patterns();

    /** Changes the mode and digits (not the length); refused when two patterns would collide. */
    DialPlan update(DialPlanMode mode, java.util.Map<DialPlanFunction, Integer> digits);

    /** Converts every extension per §7.1.2, or refuses and changes nothing. */
    DialPlan changeExtensionLength(int length);
}
