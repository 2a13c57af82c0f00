package org.branchline.update;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

/**
 * @param release the release the server runs (the version of its newest applied update, or of the
 *        distribution it was installed from)
 * @param features the Branchline features installed now and their versions
 */
@Schema(name = "RunningSoftware", description = "The software running now.",
        requiredProperties = {"release", "features"})
public record RunningSoftware(
        @Schema(description = "The release: the version of its newest applied update, or of the distribution it was "
                + "installed from.", example = "1.2.3")
        String release,
        @Schema(description = "The Branchline features installed now and their versions, by feature name.",
                example = "{\"branchline-base\": \"1.2.3\", \"branchline-sip\": \"1.2.3\"}")
        Map<String, String> features) {
    public RunningSoftware {
        features = Map.copyOf(features);
    }
}
