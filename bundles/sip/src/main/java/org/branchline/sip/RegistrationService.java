package org.branchline.sip;

import java.util.List;

/** The registrar's location service, as the admin doors show it. */
public interface RegistrationService {
    /** Every registered contact, by Login ID and then by expiry. */
    List<Registration> list();

    /** The contacts of one handset (all its call appearances). */
    List<Registration> ofHandset(String loginId);
}
