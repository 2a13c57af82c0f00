package org.branchline.voicemail.internal;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.List;
import java.util.logging.Logger;
import org.branchline.api.admin.FeatureNotInstalledException;
import org.branchline.api.admin.NotFoundException;
import org.branchline.api.callcontrol.CallApplication;
import org.branchline.api.calls.MessageWaiting;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.directory.KeypadUsers;
import org.branchline.api.licensing.Capacity;
import org.branchline.api.security.AccessControl;
import org.branchline.api.security.Permission;
import org.branchline.voicemail.MailboxService;
import org.branchline.voicemail.MailboxSummary;
import org.branchline.voicemail.VoicemailAlerts;
import org.branchline.voicemail.internal.ivr.Alerts;
import org.branchline.voicemail.internal.ivr.PostOffice;
import org.branchline.voicemail.internal.ivr.VoicemailApplication;
import org.branchline.voicemail.internal.mailbox.Counts;
import org.branchline.voicemail.internal.mailbox.Mailbox;
import org.branchline.voicemail.internal.mailbox.Mailboxes;
import org.branchline.voicemail.internal.mailbox.VoiceMessage;
import org.branchline.voicemail.internal.notify.NotificationSettings;
import org.branchline.voicemail.internal.notify.NotificationStore;
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
@Component(immediate = true, service = MailboxService.class, configurationPid = VoicemailSettings.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = VoicemailSettings.class)
public class Voicemail implements MailboxService {
    private static final Logger LOG = Logger.getLogger(Voicemail.class.getName());
    private final Mailboxes mailboxes;
    private final PostOffice office;
    private final KeypadUsers users;
    private final ServiceRegistration<CallApplication> registration;

    private volatile MessageWaiting messageWaiting;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Alerts alerts;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile NotificationStore notifications;

    private final AccessControl access;

    @Activate
    public Voicemail(VoicemailSettings settings, BundleContext context, @Reference DirectoryLookup directory,
            @Reference KeypadUsers users, @Reference AccessControl access) {
        this.access = access;
        this.mailboxes = new Mailboxes(folder(settings));
        this.users = users;
        this.office = new PostOffice(directory, users, mailboxes, () -> messageWaiting, () -> alerts);
        recover();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(CallApplication.NAMES,
                new String[] {VoicemailApplication.MESSAGE_CENTER, VoicemailApplication.VOICEMAIL});
        properties.put(CallApplication.CAPACITY, Capacity.VOICEMAIL_PORTS.name());
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

    @Override
    public List<MailboxSummary> list() {
        access.require(VoicemailPermissions.MAILBOXES_VIEW);
        return mailboxes.owners().stream().map(this::summary).toList();
    }

    @Override
    public MailboxSummary get(String owner) {
        requireOwnOr(owner, VoicemailPermissions.MAILBOXES_VIEW);
        return summary(owner);
    }

    @Override
    public int deleteSavedMessages(String owner) {
        requireOwnOr(owner, VoicemailPermissions.MESSAGES_DELETE);
        Mailbox box = mailboxes.of(knownUser(owner));
        List<VoiceMessage> saved = box.messages(false);
        saved.forEach(box::delete);
        office.changed(owner);
        return saved.size();
    }

    @Override
    public VoicemailAlerts alerts(String owner) {
        requireOwnOr(owner, VoicemailPermissions.ALERTS_VIEW);
        return AlertFields.view(notificationStore().get(knownUser(owner)));
    }

    @Override
    public VoicemailAlerts updateAlerts(String owner, VoicemailAlerts alerts) {
        requireOwnOr(owner, VoicemailPermissions.ALERTS_MODIFY);
        NotificationSettings settings = AlertFields.settings(alerts);
        notificationStore().put(knownUser(owner), settings);
        return AlertFields.view(settings);
    }

    private MailboxSummary summary(String owner) {
        Counts counts = mailboxes.of(knownUser(owner)).counts();
        return new MailboxSummary(owner, office.extensionOf(owner).orElse(null), counts.newMessages(),
                counts.savedMessages());
    }

    private void requireOwnOr(String owner, Permission permission) {
        if (!access.caller().loginName().equals(owner)) {
            access.require(permission);
        }
    }

    private String knownUser(String owner) {
        if (owner == null || users.fullName(owner).isEmpty()) {
            throw new NotFoundException("user", owner);
        }
        return owner;
    }

    private NotificationStore notificationStore() {
        NotificationStore store = notifications;
        if (store == null) {
            throw new FeatureNotInstalledException("voicemail alerts", "branchline-voicemail");
        }
        return store;
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }
}
