package org.branchline.itest;

import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/** The Branchline distribution as Pax Exam boots it: Java 17 module flags, ports away from the defaults. */
final class BranchlineDistribution {
    // away from the defaults (8181, 8101, 1099, 44444) and from the end-to-end tests (18xxx)
    static final String HTTP_PORT = "28181";
    private static final String SSH_PORT = "28101";
    private static final String RMI_REGISTRY_PORT = "21099";
    private static final String RMI_SERVER_PORT = "44446";

    private BranchlineDistribution() {
    }

    /** The distribution with its SIP core on 127.0.0.1:{@code sipPort} (UDP and TCP). */
    static Option[] withSipOn(int sipPort, Option... extra) {
        List<Option> all = new ArrayList<>(List.of(
                editConfigurationFilePut("etc/org.branchline.sip.cfg", "address", "127.0.0.1"),
                editConfigurationFilePut("etc/org.branchline.sip.cfg", "udpPort", Integer.toString(sipPort)),
                editConfigurationFilePut("etc/org.branchline.sip.cfg", "tcpPort", Integer.toString(sipPort))));
        all.addAll(Arrays.asList(extra));
        return options(all.toArray(Option[]::new));
    }

    static Option[] options(Option... extra) {
        File distribution = new File(requiredProperty("branchline.distribution"));
        if (!distribution.isFile()) {
            throw new IllegalStateException(distribution + " is missing: build it first (cd /work/main && mvn -B"
                    + " install -DskipTests -pl karaf-assembly/distribution -am)");
        }
        String karafVersion = requiredProperty("karaf.version");
        String localRepo = System.getProperty("maven.repo.local",
                System.getProperty("user.home") + "/.m2/repository");
        File unpackDirectory = new File(System.getProperty("branchline.itest.unpackDirectory", "target/exam"));
        List<Option> options = new ArrayList<>(Arrays.asList(
                karafDistributionConfiguration()
                        .frameworkUrl(distribution.toURI().toString())
                        .name("branchline")
                        .unpackDirectory(unpackDirectory)
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                // Pax Exam provisions its own bundles with mvn: URLs: let the container's pax-url see the local
                // Maven repository (the distribution itself resolves only from system/ and offline)
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                        localRepo),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.offline", "false"),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories",
                        "https://repo1.maven.org/maven2@id=central"),
                // Pax Exam 4.14 starts Karaf with its own java command line and omits the module flags bin/karaf
                // passes on Java 9+; without them: NoClassDefFoundError org/apache/karaf/specs/locator/OsgiLocator
                vmOption("--add-reads=java.xml=java.logging"),
                vmOption("--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED"),
                vmOption("--patch-module"),
                vmOption("java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karafVersion + ".jar"),
                vmOption("--patch-module"),
                vmOption("java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karafVersion + ".jar"),
                vmOption("--add-opens"), vmOption("java.base/java.security=ALL-UNNAMED"),
                vmOption("--add-opens"), vmOption("java.base/java.net=ALL-UNNAMED"),
                vmOption("--add-opens"), vmOption("java.base/java.lang=ALL-UNNAMED"),
                vmOption("--add-opens"), vmOption("java.base/java.util=ALL-UNNAMED"),
                vmOption("--add-opens"), vmOption("java.naming/javax.naming.spi=ALL-UNNAMED"),
                vmOption("--add-opens"), vmOption("java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED"),
                vmOption("--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED"),
                vmOption("--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED"),
                vmOption("--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED"),
                vmOption("--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED"),
                vmOption("--add-exports=java.security.sasl/com.sun.security.sasl=ALL-UNNAMED"),
                vmOption("--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED"),
                vmOption("-classpath"), vmOption("lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"),
                editConfigurationFilePut("etc/system.properties", TestKeys.PRIVATE_KEY,
                        new File(requiredProperty(TestKeys.PRIVATE_KEY)).getAbsolutePath()),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", HTTP_PORT),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", SSH_PORT),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", RMI_REGISTRY_PORT),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", RMI_SERVER_PORT)));
        if (Boolean.parseBoolean(System.getProperty("branchline.itest.keepRuntimeFolder", "true"))) {
            options.add(keepRuntimeFolder());
        }
        options.addAll(Arrays.asList(extra));
        return options.toArray(new Option[0]);
    }


    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("system property " + name + " is not set (run through maven-failsafe)");
        }
        return value;
    }
}
