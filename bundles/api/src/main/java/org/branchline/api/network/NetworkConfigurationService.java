package org.branchline.api.network;

/** Network &gt; Configuration: Network Administrators (and the Server/System Administrator) only. */
public interface NetworkConfigurationService {
    NetworkConfiguration get();

    /** Applies the non-null fields of {@code change}; refused as a whole if any field is invalid. */
    NetworkConfiguration update(NetworkConfiguration change);
}
