package org.branchline.update.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.branchline.api.admin.AdminException;
import org.branchline.api.admin.InvalidFieldException;
import org.branchline.update.Update;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Version;

class UpdatePlanTest {
    private static final Map<String, Version> INSTALLED = Map.of("branchline-base", v("0.1.0.SNAPSHOT"),
            "branchline-voicemail", v("0.1.0.SNAPSHOT"));
    private static final Version RELEASE = v("0.1.0.SNAPSHOT");

    @Test
    void aNewerVersionWithinTheReleaseIsAPatchNeedingNoKey() {
        UpdatePlan plan = UpdatePlan.of(Map.of("branchline-voicemail", v("0.1.1"), "other", v("9")), INSTALLED,
                RELEASE, false);
        assertEquals(Update.Kind.PATCH, plan.kind());
        assertEquals(Map.of("branchline-voicemail", v("0.1.1")), plan.features());
    }

    @Test
    void aNewReleaseNeedsTheSoftwareUpgradeKey() {
        Map<String, Version> offered = Map.of("branchline-base", v("0.2.0"), "branchline-voicemail", v("0.2.0"));
        String reason = assertThrows(AdminException.class, () -> UpdatePlan.of(offered, INSTALLED, RELEASE, false))
                .getMessage();
        assertTrue(reason.contains("Software Upgrade feature key") && reason.contains("0.1"), reason);
        assertEquals(Update.Kind.UPGRADE, UpdatePlan.of(offered, INSTALLED, RELEASE, true).kind());
    }

    @Test
    void sameOrOlderVersionsAndForeignFeaturesAreRefused() {
        assertThrows(AdminException.class, () -> UpdatePlan.of(Map.of("branchline-voicemail", v("0.1.0.SNAPSHOT")),
                INSTALLED, RELEASE, true));
        assertThrows(AdminException.class, () -> UpdatePlan.of(Map.of("branchline-conference", v("0.1.1")),
                INSTALLED, RELEASE, true));
    }

    @Test
    void aKarNamesItsFeaturesAndUnpacksIntoTheRepository(@TempDir Path dir) throws IOException {
        String xml = "<features name='p' xmlns='http://karaf.apache.org/xmlns/features/v1.6.0'>"
                + "<feature name='branchline-voicemail' version='0.1.1'><bundle>mvn:o/a/0.1.1</bundle></feature>"
                + "</features>";
        byte[] kar = zip(Map.of("repository/o/p/0.1.1/p-0.1.1-features.xml", xml, "repository/o/a/0.1.1/a-0.1.1.jar",
                "jar"));
        UpdateArchive archive = UpdateArchive.read(kar);
        assertEquals(Map.of("branchline-voicemail", v("0.1.1")), archive.features());
        List<Path> repos = archive.install(dir, dir.resolve("unused.xml"));
        assertEquals(List.of(dir.resolve("o/p/0.1.1/p-0.1.1-features.xml")), repos);
        assertEquals("jar", Files.readString(dir.resolve("o/a/0.1.1/a-0.1.1.jar")));
    }

    @Test
    void somethingElseIsRefused() {
        assertThrows(InvalidFieldException.class, () -> UpdateArchive.read("hello".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidFieldException.class, () -> UpdateArchive.read(new byte[0]));
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static Version v(String text) {
        return Version.parseVersion(text);
    }
}
