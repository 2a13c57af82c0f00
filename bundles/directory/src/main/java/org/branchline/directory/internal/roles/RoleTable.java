package org.branchline.directory.internal.roles;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.branchline.api.security.Permission;
import org.branchline.api.security.Role;

/**
 * The role table of admin guide §2.2.2: the rows of every role file present, deny by default. A permission is
 * held by the roles its rows list (the rows of several files add up) and by the Server Administrator, who holds
 * every permission that some row names. A permission that no row names is held by nobody, the Server
 * Administrator included.
 */
public final class RoleTable {
    private final Set<RoleFile> files = ConcurrentHashMap.newKeySet();

    public void add(RoleFile file) {
        files.add(file);
    }

    public void remove(RoleFile file) {
        files.remove(file);
    }

    public Set<Role> holders(Permission permission) {
        Set<Role> holders = EnumSet.noneOf(Role.class);
        for (RoleFile file : files) {
            Set<Role> row = file.rows().get(permission.name());
            if (row != null) {
                holders.add(Role.SERVER_ADMINISTRATOR);
                holders.addAll(row);
            }
        }
        return holders;
    }

    public boolean grants(Set<Role> held, Permission permission) {
        Set<Role> holders = holders(permission);
        return held.stream().anyMatch(holders::contains);
    }
}
