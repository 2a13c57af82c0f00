package org.branchline.voicemail.internal;

import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.persistence.SchemaMigrator;
import org.branchline.persistence.Transactions;
import org.branchline.voicemail.internal.ivr.Alerts;
import org.branchline.voicemail.internal.mailbox.VoiceMessage;
import org.branchline.voicemail.internal.notify.DirectoryRecipients;
import org.branchline.voicemail.internal.notify.JpaNotificationStore;
import org.branchline.voicemail.internal.notify.MessageInfo;
import org.branchline.voicemail.internal.notify.NotificationSettings;
import org.branchline.voicemail.internal.notify.NotificationStore;
import org.branchline.voicemail.internal.notify.Notifier;
import org.branchline.voicemail.internal.notify.NotifyConfig;
import org.branchline.voicemail.internal.notify.SmtpClient;
import org.branchline.voicemail.internal.notify.SmtpSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Voicemail notification and escalation (admin guide §20) through the configured SMTP relay. A change of the
 * relay settings restarts only this component; calls in the Message Center go on.
 */
@Component(service = {Alerts.class, NotificationStore.class}, configurationPid = NotifyConfig.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = NotifyConfig.class)
public class AlertSender implements Alerts, NotificationStore {
    private final ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "branchline-voicemail-alerts");
        t.setDaemon(true);
        return t;
    });
    private final NotificationStore store;
    private final Notifier notifier;

    @Activate
    public AlertSender(NotifyConfig config,
            @Reference(target = "(osgi.unit.name=branchline-voicemail)") EntityManagerFactory factory,
            @Reference(target = "(osgi.jndi.service.name=branchline)") DataSource dataSource,
            @Reference DirectoryLookup directory) throws SQLException {
        SchemaMigrator.fromClassPath("voicemail", getClass(), "db/voicemail").migrate(dataSource);
        this.store = new JpaNotificationStore(new Transactions(factory));
        this.notifier = new Notifier(store, new DirectoryRecipients(u -> directory.presence(u).isPresent(),
                config.mailDomain()), new SmtpClient(SmtpSettings.from(config)), timers);
    }

    @Override
    public void messageLeft(String owner, String extension, VoiceMessage message, int newMessages) {
        notifier.messageLeft(owner, new MessageInfo(extension, message.envelope().callerName(),
                message.envelope().callerNumber(), Duration.ofMillis(message.millis()),
                message.envelope().received().atZone(ZoneId.systemDefault()), newMessages));
    }

    @Override
    public void retrieved(String owner) {
        notifier.messagesRetrieved(owner);
    }

    @Override
    public NotificationSettings get(String owner) {
        return store.get(owner);
    }

    @Override
    public void put(String owner, NotificationSettings settings) {
        store.put(owner, settings);
    }

    @Deactivate
    void deactivate() {
        notifier.close();
        timers.shutdownNow();
    }
}
