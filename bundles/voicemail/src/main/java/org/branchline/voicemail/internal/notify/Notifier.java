package org.branchline.voicemail.internal.notify;

import java.io.IOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends the voicemail alerts of admin guide §20: one per message in notification mode; in escalation mode a
 * schedule of alerts that runs until it ends or any message of the mailbox is retrieved. Callers never wait:
 * reading settings, resolving recipients and mailing all run on the scheduler, and failures are logged.
 */
public final class Notifier implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());
    /** Waits before each new attempt at an alert the relay could not take. */
    static final List<Duration> RETRY_DELAYS = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
            Duration.ofMinutes(10));

    private final NotificationStore store;
    private final RecipientResolver recipients;
    private final Mailer mailer;
    private final ScheduledExecutorService scheduler;
    private final Map<String, Escalation> escalations = new HashMap<>();
    private boolean closed;

    /** @param scheduler runs all the work, mailing included; the caller owns it and shuts it down */
    public Notifier(NotificationStore store, RecipientResolver recipients, Mailer mailer,
            ScheduledExecutorService scheduler) {
        this.store = store;
        this.recipients = recipients;
        this.mailer = mailer;
        this.scheduler = scheduler;
    }

    /**
     * A message was left in a mailbox of {@code owner}. While an escalation for the owner runs, it goes on
     * where it is and its later alerts tell of this newest message.
     */
    public void messageLeft(String owner, MessageInfo info) {
        schedule(() -> start(owner, info), Duration.ZERO);
    }

    /** A message of the owner's mailbox was listened to: the escalation stops. */
    public synchronized void messagesRetrieved(String owner) {
        Escalation e = escalations.remove(owner);
        if (e != null) {
            e.cancel();
        }
    }

    /** Cancels every escalation and every pending alert. */
    @Override
    public synchronized void close() {
        closed = true;
        escalations.values().forEach(Escalation::cancel);
        escalations.clear();
    }

    private synchronized boolean closed() {
        return closed;
    }

    private void start(String owner, MessageInfo info) {
        NotificationSettings settings = store.get(owner);
        switch (settings.mode()) {
            case NOTIFICATION -> deliver(new VoicemailAlert(owner, info), settings.recipients());
            case ESCALATION -> escalate(owner, info, EscalationPlan.steps(settings.levels()));
            case DISABLED -> LOG.fine(() -> "No voicemail alerts for " + owner);
        }
    }

    private synchronized void escalate(String owner, MessageInfo info, List<AlertStep> plan) {
        Escalation running = escalations.get(owner);
        if (running != null) {
            running.latest = info;
        } else if (!closed) {
            Escalation e = new Escalation(owner, info, plan);
            escalations.put(owner, e);
            step(e, 0);
        }
    }

    private synchronized void step(Escalation e, int index) {
        if (escalations.get(e.owner) != e) {
            return;
        }
        AlertStep step = e.plan.get(index);
        VoicemailAlert alert = new VoicemailAlert(e.owner, e.latest);
        schedule(() -> deliver(alert, step.entries()), Duration.ZERO);
        if (index + 1 < e.plan.size()) {
            e.next = schedule(() -> step(e, index + 1), step.next());
        } else {
            escalations.remove(e.owner);
        }
    }

    private void deliver(VoicemailAlert alert, List<String> entries) {
        List<String> to = entries.stream().flatMap(entry -> recipients.addresses(entry).stream()).distinct()
                .toList();
        if (to.isEmpty()) {
            LOG.warning(() -> "Voicemail alert for " + alert.owner() + " has no recipient to go to: " + entries);
            return;
        }
        attempt(alert.owner(), to, alert.mail(mailer.from(), to, ZonedDateTime.now()), 0);
    }

    private void attempt(String owner, List<String> to, String mail, int retry) {
        if (closed()) {
            return;
        }
        try {
            Delivery d = mailer.send(to, mail);
            if (!d.refused().isEmpty()) {
                LOG.warning(() -> "Voicemail alert for " + owner + " refused for " + d.refused());
            }
        } catch (IOException | RuntimeException e) {
            boolean permanent = e instanceof SmtpException s && s.permanent();
            if (permanent || retry == RETRY_DELAYS.size()) {
                LOG.warning(() -> "Voicemail alert for " + owner + " to " + to + " not sent: " + e.getMessage());
            } else {
                LOG.info(() -> "Voicemail alert for " + owner + " failed, trying again in " + RETRY_DELAYS.get(retry)
                        + ": " + e.getMessage());
                schedule(() -> attempt(owner, to, mail, retry + 1), RETRY_DELAYS.get(retry));
            }
        }
    }

    private ScheduledFuture<?> schedule(Runnable work, Duration delay) {
        try {
            return scheduler.schedule(() -> logged(work), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            LOG.warning("Voicemail alerts stopped: " + e.getMessage());
            return null;
        }
    }

    private static void logged(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Voicemail alert failed", e);
        }
    }

    private static final class Escalation {
        final String owner;
        final List<AlertStep> plan;
        MessageInfo latest;
        ScheduledFuture<?> next;

        Escalation(String owner, MessageInfo latest, List<AlertStep> plan) {
            this.owner = owner;
            this.latest = latest;
            this.plan = plan;
        }

        void cancel() {
            if (next != null) {
                next.cancel(false);
            }
        }
    }
}
