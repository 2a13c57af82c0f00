package org.branchline.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import javax.inject.Inject;
import org.branchline.api.calls.MessageWaiting;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.routing.CallRouter;
import org.branchline.api.sip.HandsetService;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Updating or restarting other bundles (routing, the directory, the admin doors) never restarts the SIP stack:
 * its component keeps its service registration and its port keeps answering.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SipCoreHotSwapIT {
    private static final int SIP_PORT = 25170;

    @Inject
    private BundleContext bundleContext;

    private Services services;

    @Configuration
    public Option[] config() {
        return BranchlineDistribution.options(
                editConfigurationFilePut("etc/org.branchline.sip.cfg", "address", "127.0.0.1"),
                editConfigurationFilePut("etc/org.branchline.sip.cfg", "udpPort", Integer.toString(SIP_PORT)),
                editConfigurationFilePut("etc/org.branchline.sip.cfg", "tcpPort", Integer.toString(SIP_PORT)));
    }

    @Before
    public void waitForSip() throws InterruptedException {
        services = Services.afterBoot(bundleContext);
        services.waitForActive("org.branchline.branchline-sip");
        services.waitFor(MessageWaiting.class);
        services.waitFor(HandsetService.class);
        services.waitFor(CallRouter.class);
    }

    @After
    public void close() {
        services.close();
    }

    @Test
    public void updatingRoutingDirectoryAndDoorsLeavesTheSipStackRunning() throws Exception {
        long sipServer = services.serviceId(MessageWaiting.class);
        assertEquals(200, optionsStatus());

        for (String bundle : new String[] {"org.branchline.branchline-routing", "org.branchline.branchline-directory",
                "org.branchline.branchline-admin-rest"}) {
            services.waitForActive(bundle).update();
            services.waitForActive(bundle);
            assertEquals("the SIP stack answers while " + bundle + " is updated", 200, optionsStatus());
        }
        services.waitForActive("org.branchline.branchline-routing").stop();
        assertEquals(200, optionsStatus());
        services.waitForActive("org.branchline.branchline-sip");
        bundle("org.branchline.branchline-routing").start();

        services.waitFor(CallRouter.class);
        services.waitFor(DirectoryLookup.class);
        services.waitFor(HandsetService.class);
        assertEquals("the SIP server component was not restarted", sipServer, services.serviceId(MessageWaiting.class));
        assertEquals(200, optionsStatus());
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle b : bundleContext.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    /** Sends OPTIONS over UDP and returns the status of the answer. */
    private static int optionsStatus() throws Exception {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            socket.setSoTimeout(3000);
            int port = socket.getLocalPort();
            String request = "OPTIONS sip:127.0.0.1:" + SIP_PORT + " SIP/2.0\r\n"
                    + "Via: SIP/2.0/UDP 127.0.0.1:" + port + ";branch=z9hG4bK" + System.nanoTime() + "\r\n"
                    + "Max-Forwards: 70\r\nFrom: <sip:itest@127.0.0.1>;tag=it\r\nTo: <sip:127.0.0.1>\r\n"
                    + "Call-ID: " + System.nanoTime() + "@itest\r\nCSeq: 1 OPTIONS\r\nContent-Length: 0\r\n\r\n";
            byte[] bytes = request.getBytes(StandardCharsets.US_ASCII);
            socket.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress("127.0.0.1", SIP_PORT)));
            DatagramPacket answer = new DatagramPacket(new byte[4096], 4096);
            socket.receive(answer);
            String line = new String(answer.getData(), 0, answer.getLength(), StandardCharsets.US_ASCII);
            assertTrue(line, line.startsWith("SIP/2.0 "));
            return Integer.parseInt(line.substring(8, 11));
        }
    }
}
