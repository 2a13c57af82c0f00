package org.branchline.voicemail.internal.notify;

import java.util.List;

/** Turns a recipient entry of the settings (address, username, message alias) into mail addresses. */
public interface RecipientResolver {

    /** Empty when the entry names nothing known. */
    List<String> addresses(String entry);
}
