package org.branchline.sip;

import java.util.List;

/**
 * Phone System &gt; Handsets for generic SIP handsets. Each call appearance gets the lowest free internal
 * station number; changing "Number of Lines" adds or removes appearances at the end.
 */
public interface HandsetService {
    List<Handset> list();

    Handset get(String loginId);

    /** Adds a handset with {@code lines} call appearances (1-24); the first is owned by {@code owner}, or none. */
    Handset create(String loginId, String description, int lines, String password, String owner);

    /** Changes what is not null. */
    Handset update(String loginId, String description, Integer lines, String password);

    /** Gives call appearance {@code line} to the user {@code owner} (null: to no one). */
    Handset assign(String loginId, int line, String owner);

    void delete(String loginId);
}
