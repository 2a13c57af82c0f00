package org.branchline.routing.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.branchline.api.directory.DialPlan;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.Presence;

/** Extensions, presences and a dial plan in memory. */
class FakeDirectory implements DirectoryLookup {
    final Map<String, Extension> extensions = new TreeMap<>();
    final Map<String, Presence> presences = new HashMap<>();
    DialPlan plan;

    FakeDirectory(DialPlan plan) {
        this.plan = plan;
    }

    FakeDirectory user(String login, String... numbers) {
        presences.put(login, Presence.IN_OFFICE);
        for (String n : numbers) {
            extensions.put(n, new Extension(n, ExtensionKind.USER, login, login));
        }
        return this;
    }

    FakeDirectory system(String number) {
        extensions.put(number, new Extension(number, ExtensionKind.SYSTEM, null, "system"));
        return this;
    }

    @Override
    public Optional<Extension> extension(String number) {
        return Optional.ofNullable(number).map(extensions::get);
    }

    @Override
    public List<Extension> extensionsOf(String loginName) {
        return extensions.values().stream().filter(e -> loginName.equals(e.owner())).toList();
    }

    @Override
    public Optional<Presence> presence(String loginName) {
        return Optional.ofNullable(presences.get(loginName));
    }

    @Override
    public DialPlan dialPlan() {
        return plan;
    }
}
