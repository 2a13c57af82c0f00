package org.branchline.conference.internal;

import java.util.List;

/** The conferences of the conference center, for its admin doors; every method checks the caller's roles. */
public interface Conferences {
    /** The enabled conferences in ID order, with the callers in each. */
    List<Conference> list();

    /** One conference; NotFoundException when the ID is not enabled. */
    Conference get(String id);
}
