package org.branchline.api.licensing;

/**
 * One line of Maintenance &gt; Feature Keys: a feature, whether it is licensed, and for counted features the
 * number installed by keys, the number allowed in all (model base included) and the number in use.
 *
 * @param used the number in use, or -1 when the subsystem that counts it is not running
 */
public record FeatureLicense(LicensedFeature feature, boolean licensed, int installed, int allowed, int used,
        boolean availableOnModel) {
}
