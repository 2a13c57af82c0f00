package org.branchline.directory.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.branchline.api.directory.KeypadUsers;
import org.branchline.api.directory.Presence;
import org.branchline.directory.internal.rules.PinRules;
import org.branchline.directory.internal.store.UserEntity;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The user's own changes from a phone's keypad, once the call application has checked the PIN. */
@Component(service = KeypadUsers.class)
public class KeypadUsersImpl implements KeypadUsers {
    private static final String UNKNOWN_USER_HASH = PasswordHasher.hash("unknown user");
    private final DirectoryDatabase db;

    @Activate
    public KeypadUsersImpl(@Reference DirectoryDatabase db) {
        this.db = db;
    }

    @Override
    public boolean pinMatches(String loginName, String pin) {
        String stored = db.call(em -> Optional.ofNullable(loginName == null ? null : em.find(UserEntity.class, loginName))
                .map(u -> u.pinHash).orElse(null));
        boolean matches = PasswordHasher.matches(pin == null ? "" : pin, stored == null ? UNKNOWN_USER_HASH : stored);
        return stored != null && matches;
    }

    @Override
    public void changePin(String loginName, String pin) {
        PinRules.check("pin", pin);
        db.call(em -> {
            UserEntity u = Users.require(em, loginName);
            u.pinHash = PasswordHasher.hash(pin);
            u.requirePinChange = false;
            return null;
        });
    }

    @Override
    public void setPresence(String loginName, Presence presence) {
        db.call(em -> {
            Users.require(em, loginName).presence = presence.name();
            return null;
        });
    }

    @Override
    public Map<String, String> settings(String loginName) {
        return db.call(em -> Optional.ofNullable(em.find(UserEntity.class, loginName))
                .<Map<String, String>>map(u -> new TreeMap<>(u.settings)).orElse(Map.of()));
    }

    @Override
    public Optional<String> fullName(String loginName) {
        return db.call(em -> Optional.ofNullable(em.find(UserEntity.class, loginName)).map(u -> u.fullName));
    }

    @Override
    public List<String> loginNames() {
        return db.call(em -> Users.all(em).stream().map(UserEntity::loginName).toList());
    }
}
