package org.branchline.routing.internal.rules;

import java.util.List;
import java.util.Optional;

/** What expanding a route into call appearances needs to know about phones. */
public interface RingSources {
    /** The station numbers of the call appearances the extension's user owns; empty for a system extension. */
    List<String> appearancesOf(String extension);

    boolean doNotDisturb(String userId);

    /** The extension the call appearance is forwarded to (45 + extension). */
    Optional<String> forwardOf(String userId);

    /** The call appearances that ring instead of one forwarded to {@code extension}. */
    List<String> forwardedTo(String extension);

    /** These sources with every forwarding ignored, to expand a forward's target without following it further. */
    default RingSources withoutForwarding() {
        RingSources self = this;
        return new RingSources() {
            @Override
            public List<String> appearancesOf(String extension) {
                return self.appearancesOf(extension);
            }

            @Override
            public boolean doNotDisturb(String userId) {
                return self.doNotDisturb(userId);
            }

            @Override
            public Optional<String> forwardOf(String userId) {
                return Optional.empty();
            }

            @Override
            public List<String> forwardedTo(String extension) {
                return List.of();
            }
        };
    }
}
