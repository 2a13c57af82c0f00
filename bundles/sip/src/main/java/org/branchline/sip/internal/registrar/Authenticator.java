package org.branchline.sip.internal.registrar;

import java.text.ParseException;
import java.util.List;
import java.util.Optional;
import javax.sip.header.WWWAuthenticateHeader;
import org.branchline.sip.internal.handset.DigestHash;
import java.util.function.Function;
import java.util.logging.Logger;
import javax.sip.message.Request;
import javax.sip.message.Response;
import org.branchline.sip.internal.SipContext;
import org.branchline.sip.internal.handset.AppearanceRecord;

/**
 * Digest authentication of a request: answers the challenge itself (401 or 407) and returns the call appearance
 * only when the credentials are right. A wrong answer counts against the source's failure throttle; a request
 * without credentials (the ordinary first challenge) and a stale nonce do not.
 */
public class Authenticator {
    private static final Logger LOG = Logger.getLogger(Authenticator.class.getName());
    private final SipContext sip;
    private final String realm;
    private final Nonces nonces;
    private final DigestVerifier verifier;
    private final AuthFailureThrottle throttle;
    private final java.util.concurrent.ScheduledExecutorService timers;
    private final List<DigestHash> offered;

    /** @param offered the digest algorithms challenges name, in the order phones should prefer them */
    public Authenticator(SipContext sip, String realm, List<DigestHash> offered,
            Function<String, Optional<AppearanceRecord>> lookup, AuthFailureThrottle throttle,
            java.util.concurrent.ScheduledExecutorService timers) {
        this.timers = timers;
        this.offered = List.copyOf(offered);
        this.sip = sip;
        this.realm = realm;
        this.nonces = new Nonces(5 * 60_000L);
        this.verifier = new DigestVerifier(realm, nonces, lookup, this.offered);
        this.throttle = throttle;
    }

    /**
     * @param header Authorization or Proxy-Authorization
     * @param challengeStatus 401 or 407
     */
    public Optional<AppearanceRecord> authenticate(Request request, Source source, String header, int challengeStatus)
            throws ParseException {
        long now = System.currentTimeMillis();
        Optional<DigestCredentials> credentials = DigestCredentials.of(request.getHeader(header));
        if (credentials.isEmpty()) {
            challenge(request, challengeStatus, false, now);
            return Optional.empty();
        }
        DigestVerifier.Outcome outcome = verifier.verify(credentials.get(), request.getMethod(), now);
        if (outcome instanceof DigestVerifier.Outcome.Accepted a) {
            return Optional.of(a.appearance());
        }
        boolean stale = outcome instanceof DigestVerifier.Outcome.Stale;
        long delay = 0;
        if (outcome instanceof DigestVerifier.Outcome.Rejected) {
            throttle.failed(source.address(), branch(request), now);
            delay = throttle.delayMillis(source.address());
            LOG.fine(() -> "failed digest from " + source + " as " + credentials.get().username());
        }
        if (delay == 0) {
            challenge(request, challengeStatus, stale, now);
        } else {
            timers.schedule(() -> challengeQuietly(request, challengeStatus), delay,
                    java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        return Optional.empty();
    }

    private static String branch(Request request) {
        javax.sip.header.ViaHeader via = (javax.sip.header.ViaHeader) request.getHeader(javax.sip.header.ViaHeader.NAME);
        return via == null ? null : via.getBranch();
    }

    private void challengeQuietly(Request request, int status) {
        try {
            challenge(request, status, false, System.currentTimeMillis());
        } catch (ParseException | RuntimeException e) {
            LOG.fine(() -> "could not answer a slowed-down challenge: " + e);
        }
    }

    private void challenge(Request request, int status, boolean stale, long now) throws ParseException {
        Response r = sip.response(status, request);
        String nonce = nonces.issue(now);
        for (DigestHash hash : offered) {
            WWWAuthenticateHeader h = status == Response.PROXY_AUTHENTICATION_REQUIRED
                    ? sip.headers().createProxyAuthenticateHeader("Digest")
                    : sip.headers().createWWWAuthenticateHeader("Digest");
            h.setRealm(realm);
            h.setNonce(nonce);
            h.setAlgorithm(hash.token());
            h.setQop("auth");
            if (stale) {
                h.setStale(true);
            }
            r.addHeader(h);
        }
        sip.sendStateless(r);
    }
}
