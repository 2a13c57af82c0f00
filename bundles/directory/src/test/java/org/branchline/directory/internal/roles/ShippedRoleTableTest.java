package org.branchline.directory.internal.roles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.branchline.api.security.Permission;
import org.branchline.api.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The role table as shipped (etc/org.branchline.roles-*.cfg, which the features install) against admin guide
 * §2.2.2, role by role and permission by permission. The expected matrix is written here from the guide, so a
 * wrong row in a shipped file fails.
 */
class ShippedRoleTableTest {
    private static final Path ETC = Path.of("../../etc");
    private static final String ROLE_FILE = "org\\.branchline\\.roles-.+\\.cfg";
    private static final List<Role> COLUMNS = List.of(Role.SERVER_ADMINISTRATOR, Role.SYSTEM_ADMINISTRATOR,
            Role.PHONE_ADMINISTRATOR, Role.NETWORK_ADMINISTRATOR, Role.SUPPORT_TECHNICIAN);
    /** The guide's Phone, Network and Support columns; the System Administrator all but the Server's own. */
    private static final String EXPECTED = """
            permission                                      Server  System  Phone  Network  Support
            directory.users.view                            yes     yes     yes    no       no
            directory.users.modify                          yes     yes     yes    no       no
            directory.user-templates.manage                 yes     yes     yes    no       no
            directory.password-requirements.modify          yes     yes     no     no       no
            directory.server-administrator-password.change  yes     no      no     no       no
            directory.roles.view                            yes     yes     yes    no       no
            directory.phone-administrator-role.assign       yes     yes     yes    no       no
            directory.other-roles.assign                    yes     yes     no     no       no
            directory.extensions.view                       yes     yes     yes    no       no
            directory.extensions.modify                     yes     yes     yes    no       no
            directory.dial-plan.view                        yes     yes     yes    no       no
            directory.dial-plan.modify                      yes     yes     yes    no       no
            routing.call-routes.view                        yes     yes     yes    no       no
            routing.call-routes.modify                      yes     yes     yes    no       no
            routing.speed-dials.view                        yes     yes     yes    no       no
            routing.speed-dials.modify                      yes     yes     yes    no       no
            routing.call-park.view                          yes     yes     yes    no       no
            routing.call-park.modify                        yes     yes     yes    no       no
            sip.handsets.view                               yes     yes     yes    no       no
            sip.handsets.modify                             yes     yes     yes    no       no
            voicemail.mailboxes.view                        yes     yes     yes    no       yes
            voicemail.messages.delete                       yes     yes     yes    no       no
            voicemail.alerts.view                           yes     yes     yes    no       no
            voicemail.alerts.modify                         yes     yes     yes    no       no
            conference.conferences.view                     yes     yes     yes    no       no
            call-records.call-details.view                  yes     yes     yes    no       yes
            licensing.feature-keys.manage                   yes     yes     yes    yes      yes
            update.software.manage                          yes     yes     no     no       no
            network.configuration.view                      yes     yes     no     yes      no
            network.configuration.modify                    yes     yes     no     yes      no
            """;

    private final RoleTable table = new RoleTable();
    private final Set<String> named = new TreeSet<>();

    @BeforeEach
    void readShippedFiles() throws IOException {
        for (Path file : shippedFiles()) {
            RoleFile rows = new RoleFile(properties(file));
            table.add(rows);
            named.addAll(rows.rows().keySet());
        }
    }

    @Test
    void everyRoleHoldsExactlyWhatTheGuideSays() {
        Map<String, List<Boolean>> expected = expected();
        List<String> wrong = new ArrayList<>();
        expected.forEach((name, row) -> {
            Permission permission = new Permission(name, "test");
            for (int i = 0; i < COLUMNS.size(); i++) {
                boolean granted = table.grants(Set.of(COLUMNS.get(i)), permission);
                if (granted != row.get(i)) {
                    wrong.add(name + " " + COLUMNS.get(i).title() + ": " + (granted ? "granted" : "refused"));
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theShippedFilesNameEveryPermissionOfTheGuideAndNoOther() {
        assertEquals(expected().keySet(), named);
    }

    @Test
    void everyShippedFileIsInstalledByAFeature() throws IOException {
        String features = Files.readString(Path.of("../../features/src/main/feature/feature.xml"));
        String attached = Files.readString(Path.of("../../features/pom.xml"));
        for (Path file : shippedFiles()) {
            String name = file.getFileName().toString();
            String classifier = name.substring("org.branchline.".length(), name.length() - ".cfg".length());
            assertTrue(features.contains("<configfile finalname=\"${karaf.etc}/" + name + "\" override=\"true\">"
                    + "mvn:org.branchline/branchline-features/${project.version}/cfg/" + classifier + "</configfile>"),
                    name + " is not installed by a feature of feature.xml");
            assertTrue(attached.contains("<file>${project.basedir}/../etc/" + name + "</file><type>cfg</type>"
                    + "<classifier>" + classifier + "</classifier>"), name + " is not attached in features/pom.xml");
        }
    }

    private static List<Path> shippedFiles() throws IOException {
        try (Stream<Path> files = Files.list(ETC)) {
            List<Path> shipped = files.filter(f -> f.getFileName().toString().matches(ROLE_FILE)).sorted().toList();
            assertTrue(shipped.size() >= 8, "role files in " + ETC.toAbsolutePath() + ": " + shipped);
            return shipped;
        }
    }

    private static Map<String, Object> properties(Path file) throws IOException {
        Properties read = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read.load(in);
        }
        Map<String, Object> properties = new HashMap<>();
        read.stringPropertyNames().forEach(key -> properties.put(key, read.getProperty(key)));
        properties.put("felix.fileinstall.filename", file.toUri().toString());
        return properties;
    }

    private static Map<String, List<Boolean>> expected() {
        Map<String, List<Boolean>> rows = new TreeMap<>();
        EXPECTED.lines().skip(1).map(line -> line.trim().split("\\s+")).forEach(cells -> rows.put(cells[0],
                Stream.of(cells).skip(1).map(cell -> switch (cell) {
                    case "yes" -> true;
                    case "no" -> false;
                    default -> throw new IllegalArgumentException(cell);
                }).toList()));
        return rows;
    }
}
