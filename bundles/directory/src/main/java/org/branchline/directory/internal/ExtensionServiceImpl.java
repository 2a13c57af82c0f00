package org.branchline.directory.internal;

import java.util.List;
import javax.persistence.EntityManager;
import org.branchline.api.admin.ConflictException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.ExtensionService;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.LicenseLimits;
import org.branchline.api.licensing.Licenses;
import org.branchline.api.security.AccessControl;
import org.branchline.directory.internal.rules.DialPlanRules;
import org.branchline.directory.internal.store.ExtensionEntity;
import org.branchline.directory.internal.store.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

@Component(service = ExtensionService.class)
public class ExtensionServiceImpl implements ExtensionService {
    private final DirectoryDatabase db;
    private final AccessControl access;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Licenses licenses;

    @Activate
    public ExtensionServiceImpl(@Reference DirectoryDatabase db, @Reference AccessControl access) {
        this.db = db;
        this.access = access;
    }

    @Override
    public List<Extension> list() {
        access.require(DirectoryPermissions.EXTENSIONS_VIEW);
        return db.call(em -> em.createNamedQuery("Extension.all", ExtensionEntity.class).getResultStream()
                .map(ExtensionServiceImpl::view).toList());
    }

    @Override
    public Extension get(String number) {
        access.require(DirectoryPermissions.EXTENSIONS_VIEW);
        return db.call(em -> view(require(em, number)));
    }

    @Override
    public synchronized Extension create(Extension e) {
        access.require(DirectoryPermissions.EXTENSIONS_MODIFY);
        return db.call(em -> {
            String number = checkNumber(DirectorySettings.dialPlan(em), e.number());
            if (em.find(ExtensionEntity.class, number) != null) {
                throw new ConflictException("number", "extension " + number + " already exists");
            }
            LicenseLimits.running(licenses).requireRoomFor(Capacity.EXTENSIONS, LicensedCounts.extensions(em));
            if (e.kind() == null) {
                throw new InvalidFieldException("kind", "must be USER or SYSTEM");
            }
            ExtensionEntity entity = new ExtensionEntity(number, e.kind().name(), checkOwner(em, e.kind(), e.owner()),
                    checkDescription(e.description()));
            em.persist(entity);
            return view(entity);
        });
    }

    @Override
    public Extension update(String number, String owner, String description) {
        access.require(DirectoryPermissions.EXTENSIONS_MODIFY);
        return db.call(em -> {
            ExtensionEntity entity = require(em, number);
            if (owner != null) {
                entity.owner = checkOwner(em, ExtensionKind.valueOf(entity.kind), owner);
            }
            if (description != null) {
                entity.description = checkDescription(description);
            }
            return view(entity);
        });
    }

    @Override
    public void delete(String number) {
        access.require(DirectoryPermissions.EXTENSIONS_MODIFY);
        db.run(em -> em.remove(require(em, number)));
    }

    private static String checkNumber(DialPlan plan, String number) {
        if (number == null || !DialPlanRules.isExtensionNumber(plan, number)) {
            throw new InvalidFieldException("number", "must be a " + plan.extensionLength()
                    + "-digit extension inside the internal dial plan's extension range");
        }
        return number;
    }

    private static String checkOwner(EntityManager em, ExtensionKind kind, String owner) {
        if (kind == ExtensionKind.SYSTEM) {
            if (owner != null && !owner.isEmpty()) {
                throw new InvalidFieldException("owner", "a system extension has no owner");
            }
            return null;
        }
        if (owner == null || owner.isEmpty()) {
            throw new InvalidFieldException("owner", "a user extension needs the login name of its user");
        }
        if (em.find(UserEntity.class, owner) == null) {
            throw new InvalidFieldException("owner", "no user named '" + owner + "'");
        }
        return owner;
    }

    private static String checkDescription(String description) {
        String d = description == null ? "" : description.strip();
        if (d.length() > 128) {
            throw new InvalidFieldException("description", "must be at most 128 characters");
        }
        return d;
    }

    static ExtensionEntity require(EntityManager em, String number) {
        ExtensionEntity e = number == null ? null : em.find(ExtensionEntity.class, number);
        if (e == null) {
            throw new NotFoundException("extension", number);
        }
        return e;
    }

    static Extension view(ExtensionEntity e) {
        return new Extension(e.number, ExtensionKind.valueOf(e.kind), e.owner, e.description);
    }
}
