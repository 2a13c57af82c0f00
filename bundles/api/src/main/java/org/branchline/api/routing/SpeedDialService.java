package org.branchline.api.routing;

import java.util.List;

/** Phone System &gt; Speed Dial. */
public interface SpeedDialService {
    List<SpeedDial> list();

    SpeedDial get(String number);

    /** Adds or changes; the number must be a speed dial number of the internal dial plan. */
    SpeedDial put(SpeedDial speedDial);

    void delete(String number);
}
