package org.branchline.api.licensing;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One line of Maintenance &gt; Feature Keys: a feature, whether it is licensed, and for counted features the
 * number installed by keys, the number allowed in all (model base included) and the number in use.
 *
 * @param used the number in use, or -1 when the subsystem that counts it is not running
 */
@Schema(name = "FeatureLicense", description = "One feature of Maintenance > Feature Keys: licensed or not, and for "
        + "counted features the numbers installed, allowed and in use.",
        requiredProperties = {"feature", "licensed", "installed", "allowed", "used", "available-on-model"})
public record FeatureLicense(
        LicensedFeature feature,
        @Schema(description = "A valid key for it is installed (counted features: a count above zero).")
        boolean licensed,
        @Schema(description = "The count installed by valid keys (1 for a feature that is on).", minimum = "0")
        int installed,
        @Schema(description = "Counted features: the number allowed in all, the model's base raised by keys (never "
                + "above the model's maximum); others: 1 when licensed, else 0.", example = "53", minimum = "0")
        int allowed,
        @Schema(description = "Counted features: the number in use; -1 when not counted or the subsystem that counts "
                + "it is not running.", example = "12", minimum = "-1")
        int used,
        @Schema(description = "False when this server's model cannot take the key (e.g. Automatic Call Distribution "
                + "on the 6x12).")
        boolean availableOnModel) {
}
