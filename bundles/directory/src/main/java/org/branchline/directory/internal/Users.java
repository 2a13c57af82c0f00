package org.branchline.directory.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.directory.Presence;
import org.branchline.api.directory.User;
import org.branchline.api.security.Role;
import org.branchline.directory.internal.store.ExtensionEntity;
import org.branchline.directory.internal.store.UserEntity;

/** User look-ups and the entity-to-view mapping. */
final class Users {
    private Users() {
    }

    static UserEntity require(EntityManager em, String loginName) {
        UserEntity u = loginName == null ? null : em.find(UserEntity.class, loginName);
        if (u == null) {
            throw new NotFoundException("user", loginName);
        }
        return u;
    }

    static List<UserEntity> all(EntityManager em) {
        return em.createNamedQuery("User.all", UserEntity.class).getResultList();
    }

    static Set<String> holdersOf(EntityManager em, Role role) {
        return all(em).stream().filter(u -> u.roles.contains(role.key())).map(UserEntity::loginName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<Role> roles(UserEntity u) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        u.roles.forEach(key -> Role.parse(key).ifPresent(roles::add));
        return roles;
    }

    static User view(EntityManager em, UserEntity u) {
        List<String> extensions = em.createNamedQuery("Extension.byOwner", ExtensionEntity.class)
                .setParameter("owner", u.loginName()).getResultStream().map(e -> e.number).toList();
        return new User(u.loginName(), u.fullName, Presence.valueOf(u.presence), u.requirePasswordChange,
                u.requirePinChange, roles(u), Templates.nameOf(em, u.templateId), new TreeMap<>(u.settings),
                new TreeSet<>(u.overrides), extensions);
    }
}
