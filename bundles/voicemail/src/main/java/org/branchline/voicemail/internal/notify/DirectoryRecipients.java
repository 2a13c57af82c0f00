package org.branchline.voicemail.internal.notify;

import java.util.List;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Recipients as the PBX knows them: an address (an SMS gateway's number@domain is one too) stands for itself,
 * a username for its mailbox on the PBX. Message aliases do not exist yet, so other entries resolve to nothing.
 */
public final class DirectoryRecipients implements RecipientResolver {
    private static final Logger LOG = Logger.getLogger(DirectoryRecipients.class.getName());
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+");

    private final Predicate<String> knownUser;
    private final String mailDomain;

    /** @param knownUser whether a login name is a user of the PBX */
    public DirectoryRecipients(Predicate<String> knownUser, String mailDomain) {
        this.knownUser = knownUser;
        this.mailDomain = mailDomain;
    }

    @Override
    public List<String> addresses(String entry) {
        if (ADDRESS.matcher(entry).matches()) {
            return List.of(entry);
        }
        if (knownUser.test(entry)) {
            return List.of(entry + "@" + mailDomain);
        }
        LOG.warning(() -> "Voicemail alert recipient '" + entry + "' is neither an address nor a user; skipped");
        return List.of();
    }
}
