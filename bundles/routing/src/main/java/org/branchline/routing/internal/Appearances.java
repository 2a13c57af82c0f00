package org.branchline.routing.internal;

import java.util.List;
import java.util.Optional;
import org.branchline.api.routing.CallAppearanceDirectory;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The call appearances users own, from the sip bundle while it runs; without it, nobody owns any. */
@Component(service = Appearances.class)
public class Appearances {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CallAppearanceDirectory directory;

    public List<String> ownedBy(String loginName) {
        CallAppearanceDirectory d = directory;
        return d == null || loginName == null ? List.of() : d.ownedBy(loginName);
    }

    public Optional<String> ownerOf(String userId) {
        CallAppearanceDirectory d = directory;
        return d == null || userId == null ? Optional.empty() : d.ownerOf(userId);
    }
}
