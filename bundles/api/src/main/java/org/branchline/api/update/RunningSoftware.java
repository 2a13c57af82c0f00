package org.branchline.api.update;

import java.util.Map;

/**
 * @param release the release the server runs (the version of its newest applied update, or of the
 *        distribution it was installed from)
 * @param features the Branchline features installed now and their versions
 */
public record RunningSoftware(String release, Map<String, String> features) {
    public RunningSoftware {
        features = Map.copyOf(features);
    }
}
