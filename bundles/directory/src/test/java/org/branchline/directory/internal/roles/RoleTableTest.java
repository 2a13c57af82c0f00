package org.branchline.directory.internal.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.branchline.api.security.Permission;
import org.branchline.api.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Role files fed as the dictionaries Configuration Admin hands over, and the table they make. */
class RoleTableTest {
    private static final Permission MAILBOXES_VIEW = new Permission("voicemail.mailboxes.view", "Reports > Users");
    private static final Permission USERS_VIEW = new Permission("directory.users.view", "Business > Users");
    private static final Permission UNNAMED = new Permission("conference.bridges.view", "Conference Center");
    private final Logger log = Logger.getLogger(RoleFile.class.getName());
    private final Warnings warnings = new Warnings();
    private final RoleTable table = new RoleTable();

    RoleTableTest() {
        log.addHandler(warnings);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(warnings);
    }

    @Test
    void aRowGrantsItsRolesAndTheServerAdministrator() {
        table.add(file("org.branchline.roles-voicemail.cfg",
                Map.of("voicemail.mailboxes.view", "Phone Administrator, Support Technician")));
        assertEquals(EnumSet.of(Role.SERVER_ADMINISTRATOR, Role.PHONE_ADMINISTRATOR, Role.SUPPORT_TECHNICIAN),
                table.holders(MAILBOXES_VIEW));
        assertTrue(table.grants(Set.of(Role.SUPPORT_TECHNICIAN), MAILBOXES_VIEW));
        assertFalse(table.grants(Set.of(Role.NETWORK_ADMINISTRATOR), MAILBOXES_VIEW));
        assertFalse(table.grants(Set.of(), MAILBOXES_VIEW));
    }

    @Test
    void rolesAreReadByTitleKeyOrNameAndAsAnArray() {
        table.add(file("a", Map.of("voicemail.mailboxes.view", "phone-administrator ,SUPPORT_TECHNICIAN")));
        table.add(file("b", Map.of("directory.users.view", new String[] {"System Administrator"})));
        assertEquals(EnumSet.of(Role.SERVER_ADMINISTRATOR, Role.PHONE_ADMINISTRATOR, Role.SUPPORT_TECHNICIAN),
                table.holders(MAILBOXES_VIEW));
        assertEquals(EnumSet.of(Role.SERVER_ADMINISTRATOR, Role.SYSTEM_ADMINISTRATOR), table.holders(USERS_VIEW));
    }

    @Test
    void aPermissionNoRowNamesIsRefusedToEveryone() {
        table.add(file("voicemail", Map.of("voicemail.mailboxes.view", "Phone Administrator")));
        assertEquals(Set.of(), table.holders(UNNAMED));
        assertFalse(table.grants(EnumSet.allOf(Role.class), UNNAMED));
    }

    @Test
    void anEmptyRowIsTheServerAdministratorsAlone() {
        table.add(file("directory", Map.of("directory.users.view", "")));
        assertEquals(Set.of(Role.SERVER_ADMINISTRATOR), table.holders(USERS_VIEW));
    }

    @Test
    void aRowNamingAnUnknownRoleIsLoggedAndGrantsNothing() {
        RoleFile file = file("org.branchline.roles-voicemail.cfg", Map.of(
                "voicemail.mailboxes.view", "Phone Administrator, Suport Technician",
                "directory.users.view", "Phone Administrator"));
        table.add(file);
        assertEquals(Set.of(), table.holders(MAILBOXES_VIEW));
        assertEquals(EnumSet.of(Role.SERVER_ADMINISTRATOR, Role.PHONE_ADMINISTRATOR), table.holders(USERS_VIEW));
        assertEquals(List.of("role table org.branchline.roles-voicemail.cfg: row voicemail.mailboxes.view ignored,"
                + " it grants nothing: it names 'Suport Technician', which is no role (Server Administrator, System"
                + " Administrator, Phone Administrator, Network Administrator, Support Technician)"), warnings.seen);
    }

    @Test
    void aKeyThatIsNoPermissionNameIsLoggedAndFrameworkPropertiesAreSkipped() {
        RoleFile file = file("x", Map.of("service.pid", "org.branchline.roles.1234",
                "service.factoryPid", "org.branchline.roles", "component.name", "roles",
                "osgi.ds.satisfying.condition.target", "(osgi.condition.id=true)",
                "felix.fileinstall.filename", "file:/opt/branchline/etc/org.branchline.roles-x.cfg",
                "Voicemail.Mailboxes", "Phone Administrator"));
        assertEquals(Map.of(), file.rows());
        assertEquals("org.branchline.roles-x.cfg", file.source());
        assertEquals(1, warnings.seen.size());
        assertTrue(warnings.seen.get(0).contains("row Voicemail.Mailboxes ignored"), warnings.seen.get(0));
    }

    @Test
    void aSecondFileAddsRowsAndItsRemovalTakesThemAway() {
        table.add(file("org.branchline.roles-voicemail.cfg", Map.of("voicemail.mailboxes.view", "Phone Administrator")));
        RoleFile site = file("org.branchline.roles-site.cfg", Map.of(
                "voicemail.mailboxes.view", "Support Technician", "directory.users.view", "Network Administrator"));
        table.add(site);
        assertEquals(EnumSet.of(Role.SERVER_ADMINISTRATOR, Role.PHONE_ADMINISTRATOR, Role.SUPPORT_TECHNICIAN),
                table.holders(MAILBOXES_VIEW));
        assertTrue(table.grants(Set.of(Role.NETWORK_ADMINISTRATOR), USERS_VIEW));

        table.remove(site);
        assertEquals(EnumSet.of(Role.SERVER_ADMINISTRATOR, Role.PHONE_ADMINISTRATOR), table.holders(MAILBOXES_VIEW));
        assertEquals(Set.of(), table.holders(USERS_VIEW));
    }

    @Test
    void aFileReadAgainReplacesItsOldRowsOnlyWhenTheOldOneLeaves() {
        RoleFile before = file("org.branchline.roles-voicemail.cfg",
                Map.of("voicemail.mailboxes.view", "Phone Administrator"));
        RoleFile after = file("org.branchline.roles-voicemail.cfg",
                Map.of("voicemail.mailboxes.view", "Support Technician"));
        table.add(before);
        table.add(after);
        table.remove(before);
        assertEquals(EnumSet.of(Role.SERVER_ADMINISTRATOR, Role.SUPPORT_TECHNICIAN), table.holders(MAILBOXES_VIEW));
    }

    private static RoleFile file(String name, Map<String, Object> rows) {
        Map<String, Object> properties = new HashMap<>(rows);
        properties.putIfAbsent("felix.fileinstall.filename", "file:/opt/branchline/etc/" + name);
        properties.putIfAbsent("service.factoryPid", RoleFile.PID);
        return new RoleFile(properties);
    }

    private static final class Warnings extends Handler {
        final List<String> seen = new ArrayList<>();

        @Override
        public void publish(LogRecord record) {
            seen.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
