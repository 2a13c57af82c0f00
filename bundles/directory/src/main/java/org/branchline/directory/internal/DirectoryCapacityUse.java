package org.branchline.directory.internal;

import org.branchline.api.licensing.Capacity;
import org.branchline.api.licensing.CapacityUse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Users and extensions in use, for the feature key list. */
public final class DirectoryCapacityUse {
    private DirectoryCapacityUse() {
    }

    @Component(service = CapacityUse.class)
    public static final class UsersInUse implements CapacityUse {
        private final DirectoryDatabase db;

        @Activate
        public UsersInUse(@Reference DirectoryDatabase db) {
            this.db = db;
        }

        @Override
        public Capacity capacity() {
            return Capacity.USERS;
        }

        @Override
        public int used() {
            return db.call(em -> (int) LicensedCounts.users(em));
        }
    }

    @Component(service = CapacityUse.class)
    public static final class ExtensionsInUse implements CapacityUse {
        private final DirectoryDatabase db;

        @Activate
        public ExtensionsInUse(@Reference DirectoryDatabase db) {
            this.db = db;
        }

        @Override
        public Capacity capacity() {
            return Capacity.EXTENSIONS;
        }

        @Override
        public int used() {
            return db.call(em -> (int) LicensedCounts.extensions(em));
        }
    }
}
