package org.branchline.itest;

import static org.branchline.itest.AdminSubjects.as;
import static org.branchline.itest.AdminSubjects.subject;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.security.auth.Subject;
import org.branchline.api.admin.PermissionDeniedException;
import org.branchline.api.calls.CallRecordService;
import org.branchline.api.directory.UserService;
import org.branchline.api.security.Role;
import org.branchline.voicemail.MailboxService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * The role table as the distribution boots with it (etc/org.branchline.roles-*.cfg read through Configuration
 * Admin and File Install), and a role file dropped into etc/ and removed again while the PBX runs.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RoleTableIT {
    private static final long FILE_INSTALL_TIMEOUT_MS = 30_000;
    private final Subject network = subject("it-nina", Role.NETWORK_ADMINISTRATOR);
    private final Subject support = subject("it-sam", Role.SUPPORT_TECHNICIAN);

    @Inject
    private BundleContext bundleContext;

    private Services services;
    private UserService users;

    @Configuration
    public Option[] config() {
        return BranchlineDistribution.options();
    }

    @Before
    public void waitForTheDirectory() throws InterruptedException {
        services = Services.afterBoot(bundleContext);
        users = services.waitFor(UserService.class);
    }

    @After
    public void closeTrackers() {
        services.close();
    }

    /** Admin guide §2.2.2 Reports: Call Details are not the Network Administrator's; Users are Support's. */
    @Test
    public void theShippedTableKeepsCallDetailsFromNetworkAndShowsSupportTheMailboxes() throws Exception {
        CallRecordService calls = services.waitFor(CallRecordService.class);
        MailboxService mailboxes = services.waitFor(MailboxService.class);
        assertThrows(PermissionDeniedException.class, () -> as(network, () -> calls.list(null, 10)));
        assertNotNull(as(support, () -> calls.list(null, 10)));
        assertNotNull(as(support, mailboxes::list));
        assertThrows(PermissionDeniedException.class, () -> as(network, mailboxes::list));
        assertThrows(PermissionDeniedException.class, () -> as(support, users::list));
    }

    @Test
    public void aRoleFileAddsItsRowsWhileInEtcAndTakesThemAwayWhenRemoved() throws Exception {
        Path file = Path.of(System.getProperty("karaf.etc"), "org.branchline.roles-itest.cfg");
        assertThrows(PermissionDeniedException.class, () -> as(network, users::list));
        Files.writeString(file, "# Business > Users, for the test\ndirectory.users.view = Network Administrator\n");
        try {
            await("the rows of " + file + " to grant", () -> permitted(network, users::list));
        } finally {
            Files.delete(file);
        }
        await("the rows of " + file + " to go", () -> !permitted(network, users::list));
    }

    private static boolean permitted(Subject subject, Supplier<?> operation) {
        try {
            as(subject, operation);
            return true;
        } catch (PermissionDeniedException e) {
            return false;
        }
    }

    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + FILE_INSTALL_TIMEOUT_MS;
        while (!condition.get()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("waited " + FILE_INSTALL_TIMEOUT_MS + " ms for " + what);
            }
            Thread.sleep(200);
        }
    }
}
