package org.branchline.directory.internal;

import java.util.List;
import java.util.Optional;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.Presence;
import org.branchline.directory.internal.store.ExtensionEntity;
import org.branchline.directory.internal.store.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Unchecked reads for call handling; answers only what a caller of the PBX could learn by dialing. */
@Component(service = DirectoryLookup.class)
public class DirectoryLookupImpl implements DirectoryLookup {
    private final DirectoryDatabase db;

    @Activate
    public DirectoryLookupImpl(@Reference DirectoryDatabase db) {
        this.db = db;
    }

    @Override
    public Optional<Extension> extension(String number) {
        if (number == null) {
            return Optional.empty();
        }
        return db.call(em -> Optional.ofNullable(em.find(ExtensionEntity.class, number))
                .map(ExtensionServiceImpl::view));
    }

    @Override
    public List<Extension> extensionsOf(String loginName) {
        return db.call(em -> em.createNamedQuery("Extension.byOwner", ExtensionEntity.class)
                .setParameter("owner", loginName).getResultStream().map(ExtensionServiceImpl::view).toList());
    }

    @Override
    public Optional<Presence> presence(String loginName) {
        if (loginName == null) {
            return Optional.empty();
        }
        return db.call(em -> Optional.ofNullable(em.find(UserEntity.class, loginName))
                .map(u -> Presence.valueOf(u.presence)));
    }

    @Override
    public DialPlan dialPlan() {
        return db.dialPlan();
    }
}
