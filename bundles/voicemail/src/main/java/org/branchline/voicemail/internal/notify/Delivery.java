package org.branchline.voicemail.internal.notify;

import java.util.List;
import java.util.Map;

/** What the relay took: the accepted recipients, and each refused one with the relay's reply. */
public record Delivery(List<String> accepted, Map<String, String> refused) {

    public Delivery {
        accepted = List.copyOf(accepted);
        refused = Map.copyOf(refused);
    }
}
