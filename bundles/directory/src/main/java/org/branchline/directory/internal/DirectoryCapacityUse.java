package org.branchline.directory.internal;

import java.util.function.ToIntFunction;
import javax.persistence.EntityManager;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.CapacityUse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Users and extensions in use, for the feature key list. */
public abstract class DirectoryCapacityUse implements CapacityUse {
    private final DirectoryDatabase db;
    private final Capacity capacity;
    private final ToIntFunction<EntityManager> count;

    DirectoryCapacityUse(DirectoryDatabase db, Capacity capacity, ToIntFunction<EntityManager> count) {
        this.db = db;
        this.capacity = capacity;
        this.count = count;
    }

    @Override
    public Capacity capacity() {
        return capacity;
    }

    @Override
    public int used() {
        return db.call(em -> count.applyAsInt(em));
    }

    @Component(service = CapacityUse.class)
    public static final class UsersInUse extends DirectoryCapacityUse {
        @Activate
        public UsersInUse(@Reference DirectoryDatabase db) {
            super(db, Capacity.USERS, LicensedCounts::users);
        }
    }

    @Component(service = CapacityUse.class)
    public static final class ExtensionsInUse extends DirectoryCapacityUse {
        @Activate
        public ExtensionsInUse(@Reference DirectoryDatabase db) {
            super(db, Capacity.EXTENSIONS, LicensedCounts::extensions);
        }
    }
}
