package org.branchline.sip.internal.event;

import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sip.ClientTransaction;
import javax.sip.Dialog;
import javax.sip.RequestEvent;
import javax.sip.ResponseEvent;
import javax.sip.ServerTransaction;
import javax.sip.header.ContentTypeHeader;
import javax.sip.header.EventHeader;
import javax.sip.header.ExpiresHeader;
import javax.sip.header.SubscriptionStateHeader;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.api.directory.DirectoryLookup;
import org.branchline.api.directory.Extension;
import org.branchline.api.directory.ExtensionKind;
import org.branchline.api.directory.Presence;
import org.branchline.sip.internal.SipContext;
import org.branchline.sip.internal.handset.Appearances;
import org.branchline.sip.internal.registrar.Authenticator;
import org.branchline.sip.internal.registrar.Location;
import org.branchline.sip.internal.registrar.Source;

/**
 * SUBSCRIBE/NOTIFY (RFC 6665) for the packages phones use: dialog (BLF lamps, RFC 4235, with the caller's
 * identity), message-summary (MWI, RFC 3842, fed by voicemail) and presence (RFC 3856, the user's presence).
 * The resource is the Request-URI user: an extension or a station number.
 */
public final class Subscriptions {
    public static final Set<String> PACKAGES = Set.of("dialog", "message-summary", "presence");
    private static final Logger LOG = Logger.getLogger(Subscriptions.class.getName());
    private static final int MAX_EXPIRES = 3600;
    private static final int PRESENCE_POLL_TICKS = 5;

    private final SipContext sip;
    private final Authenticator authenticator;
    private final Location location;
    private final DialogEvents dialogs;
    private final Supplier<Appearances> appearances;
    private final Supplier<DirectoryLookup> directory;
    private final Map<Dialog, Subscription> active = new ConcurrentHashMap<>();
    private final Map<String, int[]> mailboxes = new ConcurrentHashMap<>();
    private int ticks;

    public Subscriptions(SipContext sip, Authenticator authenticator, Location location, DialogEvents dialogs,
            Supplier<Appearances> appearances, Supplier<DirectoryLookup> directory) {
        this.sip = sip;
        this.authenticator = authenticator;
        this.location = location;
        this.dialogs = dialogs;
        this.appearances = appearances;
        this.directory = directory;
        dialogs.onChange(userId -> refresh(s -> "dialog".equals(s.event) && userIds(s.resource).contains(userId)));
    }

    public void subscribe(RequestEvent event, Source source) throws Exception {
        Request request = event.getRequest();
        EventHeader eventHeader = (EventHeader) request.getHeader(EventHeader.NAME);
        String pkg = eventHeader == null ? null : eventHeader.getEventType();
        if (pkg == null || !PACKAGES.contains(pkg)) {
            Response r = sip.response(Response.BAD_EVENT, request);
            r.addHeader(sip.headers().createAllowEventsHeader(String.join(",", PACKAGES)));
            sip.sendStateless(r);
            return;
        }
        Subscription existing = event.getDialog() == null ? null : active.get(event.getDialog());
        if (existing != null) {
            ServerTransaction st = sip.serverTransaction(event);
            if (st != null) {
                accept(st, existing, expires(request));
            }
        } else if (event.getDialog() == null && trusted(request, source)) {
            create(event, pkg);
        }
    }

    private boolean trusted(Request request, Source source) throws ParseException {
        if (location.anyRegisteredFrom(source)) {
            return true;
        }
        return authenticator.authenticate(request, source, javax.sip.header.AuthorizationHeader.NAME,
                Response.UNAUTHORIZED).isPresent();
    }

    private void create(RequestEvent event, String pkg) throws Exception {
        Request request = event.getRequest();
        String resource = SipContext.user(request.getRequestURI());
        if (resource == null || !known(resource)) {
            sip.sendStateless(sip.response(Response.NOT_FOUND, request));
            return;
        }
        ServerTransaction st = sip.serverTransaction(event);
        if (st == null) {
            return;
        }
        Dialog dialog = sip.provider().getNewDialog(st);
        Subscription s = new Subscription(dialog, pkg, resource, 0,
                ((javax.sip.header.ViaHeader) request.getHeader(javax.sip.header.ViaHeader.NAME)).getTransport());
        dialog.setApplicationData(s);
        active.put(dialog, s);
        accept(st, s, expires(request));
    }

    private void accept(ServerTransaction st, Subscription s, int expires) throws Exception {
        s.expiresAtMillis = System.currentTimeMillis() + expires * 1000L;
        Response ok = sip.response(Response.OK, st.getRequest());
        ok.addHeader(sip.headers().createExpiresHeader(expires));
        ok.addHeader(sip.contact(s.transport));
        st.sendResponse(ok);
        s.lastBody = null;
        send(s, expires == 0);
    }

    /** Voicemail's count of messages in an extension's inbox. */
    public void messages(String extension, int newMessages, int oldMessages) {
        mailboxes.put(extension, new int[] {newMessages, oldMessages});
        refresh(s -> "message-summary".equals(s.event) && mailboxOf(s.resource).filter(extension::equals).isPresent());
    }

    /** The extension whose inbox a resource shows: itself, or its owner's first user extension (a station). */
    private Optional<String> mailboxOf(String resource) {
        if (lookup().flatMap(d -> d.extension(resource)).isPresent()) {
            return Optional.of(resource);
        }
        return owner(resource).flatMap(o -> lookup().flatMap(d -> d.extensionsOf(o).stream()
                .filter(e -> e.kind() == ExtensionKind.USER).map(Extension::number)
                .findFirst()));
    }

    /**
     * Drops expired subscriptions; presence changes are not pushed by the directory, so every
     * {@link #PRESENCE_POLL_TICKS}th tick looks them up.
     */
    public void tick() {
        long now = System.currentTimeMillis();
        active.values().removeIf(s -> s.expiresAtMillis <= now);
        if (++ticks % PRESENCE_POLL_TICKS == 0) {
            refresh(s -> "presence".equals(s.event));
        }
    }

    public boolean response(ResponseEvent event) {
        ClientTransaction ct = event.getClientTransaction();
        if (ct == null || !(ct.getApplicationData() instanceof Subscription s)) {
            return false;
        }
        int status = event.getResponse().getStatusCode();
        if (status == Response.CALL_OR_TRANSACTION_DOES_NOT_EXIST || status >= 500) {
            active.remove(s.dialog);
        }
        return true;
    }

    private void refresh(Predicate<Subscription> which) {
        active.values().stream().filter(which).forEach(s -> send(s, false));
    }

    private void send(Subscription s, boolean last) {
        synchronized (s) {
            String body = body(s);
            if (!last && body.equals(s.lastBody)) {
                return;
            }
            s.lastBody = body;
            try {
                Request notify = s.dialog.createRequest(Request.NOTIFY);
                notify.addHeader(sip.headers().createEventHeader(s.event));
                notify.addHeader(state(s, last));
                notify.addHeader(sip.contact(s.transport));
                notify.setContent(body, contentType(s.event));
                ClientTransaction ct = sip.provider().getNewClientTransaction(notify);
                ct.setApplicationData(s);
                s.dialog.sendRequest(ct);
            } catch (Exception e) {
                LOG.log(Level.FINE, "NOTIFY to a " + s.event + " subscriber of " + s.resource + " failed", e);
                active.remove(s.dialog);
            }
            if (last) {
                active.remove(s.dialog);
            }
        }
    }

    private String body(Subscription s) {
        String entity = "sip:" + s.resource + "@" + sip.host();
        return switch (s.event) {
            case "dialog" -> EventBodies.dialogInfo(entity, s.nextVersion(),
                    userIds(s.resource).stream().flatMap(u -> dialogs.of(u).stream()).toList(), sip.host());
            case "message-summary" -> {
                int[] counts = mailboxOf(s.resource).map(mailboxes::get).orElse(new int[] {0, 0});
                yield EventBodies.messageSummary(entity, counts[0], counts[1]);
            }
            default -> presenceBody(s, entity);
        };
    }

    private String presenceBody(Subscription s, String entity) {
        boolean registered = userIds(s.resource).stream().anyMatch(u -> !location.contacts(u).isEmpty());
        Optional<Presence> presence = owner(s.resource).flatMap(o -> lookup().flatMap(d -> d.presence(o)));
        boolean open = registered && presence.map(p -> p == Presence.IN_OFFICE).orElse(true);
        return EventBodies.pidf(entity, "t" + s.resource, open, presence.map(Presence::title).orElse(null));
    }

    private SubscriptionStateHeader state(Subscription s, boolean last) throws ParseException,
            javax.sip.InvalidArgumentException {
        if (last) {
            SubscriptionStateHeader h = sip.headers().createSubscriptionStateHeader(
                    SubscriptionStateHeader.TERMINATED);
            h.setReasonCode("timeout");
            return h;
        }
        SubscriptionStateHeader h = sip.headers().createSubscriptionStateHeader(SubscriptionStateHeader.ACTIVE);
        h.setExpires((int) Math.max(0, (s.expiresAtMillis - System.currentTimeMillis()) / 1000));
        return h;
    }

    private ContentTypeHeader contentType(String pkg) throws ParseException {
        return switch (pkg) {
            case "dialog" -> sip.headers().createContentTypeHeader("application", "dialog-info+xml");
            case "message-summary" -> sip.headers().createContentTypeHeader("application", "simple-message-summary");
            default -> sip.headers().createContentTypeHeader("application", "pidf+xml");
        };
    }

    private List<String> userIds(String resource) {
        Appearances a = appearances.get();
        if (a == null) {
            return List.of();
        }
        if (a.byUserId(resource).isPresent()) {
            return List.of(resource);
        }
        return owner(resource).map(a::ownedBy).orElse(List.of());
    }

    private boolean known(String resource) {
        Appearances a = appearances.get();
        return (a != null && a.byUserId(resource).isPresent())
                || lookup().flatMap(d -> d.extension(resource)).isPresent();
    }

    private Optional<String> owner(String resource) {
        Appearances a = appearances.get();
        if (a != null && a.byUserId(resource).isPresent()) {
            return a.ownerOf(resource);
        }
        return lookup().flatMap(d -> d.extension(resource)).map(Extension::owner);
    }

    private Optional<DirectoryLookup> lookup() {
        return Optional.ofNullable(directory.get());
    }

    private static int expires(Request request) {
        ExpiresHeader h = request.getExpires();
        return h == null ? MAX_EXPIRES : Math.max(0, Math.min(MAX_EXPIRES, h.getExpires()));
    }
}
