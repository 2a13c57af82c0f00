package org.branchline.voicemail.internal;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.logging.Logger;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.calls.MessageWaiting;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.directory.KeypadUsers;
import org.branchline.voicemail.internal.ivr.Alerts;
import org.branchline.voicemail.internal.ivr.PostOffice;
import org.branchline.voicemail.internal.ivr.VoicemailApplication;
import org.branchline.voicemail.internal.mailbox.Mailboxes;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Voicemail: completes messages a crash interrupted, tells phones every mailbox's counts, and registers the
 * call application once that is done.
 */
@Component(immediate = true, configurationPid = VoicemailSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = VoicemailSettings.class)
public class VoicemailService {
    private static final Logger LOG = Logger.getLogger(VoicemailService.class.getName());
    private final Mailboxes mailboxes;
    private final PostOffice office;
    private final ServiceRegistration<CallApplication> registration;

    private volatile MessageWaiting messageWaiting;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Alerts alerts;

    @Activate
    public VoicemailService(VoicemailSettings settings, BundleContext context, @Reference DirectoryLookup directory,
            @Reference KeypadUsers users) {
        this.mailboxes = new Mailboxes(folder(settings));
        this.office = new PostOffice(directory, users, mailboxes, () -> messageWaiting, () -> alerts);
        recover();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(CallApplication.NAMES,
                new String[] {VoicemailApplication.MESSAGE_CENTER, VoicemailApplication.VOICEMAIL});
        String version = context.getBundle().getVersion().toString();
        registration = context.registerService(CallApplication.class, new VoicemailApplication(office, version),
                properties);
        LOG.info("Voicemail " + version + " answers; mailboxes in " + folder(settings));
    }

    private static Path folder(VoicemailSettings settings) {
        return settings.mailboxFolder().isBlank() ? Path.of(System.getProperty("karaf.data", "data"), "voicemail")
                : Path.of(settings.mailboxFolder());
    }

    private void recover() {
        for (String owner : mailboxes.owners()) {
            int recovered = mailboxes.of(owner).recover();
            if (recovered > 0) {
                LOG.info("Recovered " + recovered + " message(s) interrupted while recorded for " + owner);
            }
        }
    }

    /** Phones learn every mailbox's counts when the SIP core (re)appears. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void bindMessageWaiting(MessageWaiting mwi) {
        messageWaiting = mwi;
        mailboxes.owners().forEach(office::changed);
    }

    void unbindMessageWaiting(MessageWaiting mwi) {
        if (messageWaiting == mwi) {
            messageWaiting = null;
        }
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
