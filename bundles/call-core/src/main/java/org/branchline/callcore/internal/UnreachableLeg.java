package org.branchline.callcore.internal;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.branchline.api.callcontrol.EndCause;
import org.branchline.api.callcontrol.Leg;
import org.branchline.api.callcontrol.LegAddress;
import org.branchline.api.callcontrol.LegEndedException;
import org.branchline.api.callcontrol.LegEvent;
import org.branchline.api.callcontrol.LegListener;
import org.branchline.api.callcontrol.Originate;
import org.branchline.api.callcontrol.Party;
import org.branchline.api.calls.CallEvent;
import org.branchline.api.media.sdp.SessionDescription;

/** A leg to a technology no provider reaches: ended {@link EndCause#UNREACHABLE} from the start. */
final class UnreachableLeg implements Leg {
    private final String id = UUID.randomUUID().toString();
    private final String callId;
    private final Party party;

    private UnreachableLeg(Originate request) {
        this.callId = request.callId() == null ? id : request.callId();
        this.party = new Party(request.to().target(), null, kind(request.to()));
    }

    /** The leg, its end already told to {@code listener}. */
    static Leg placed(Originate request, LegListener listener) {
        Leg leg = new UnreachableLeg(request);
        leg.listen(listener);
        return leg;
    }

    private static Party.Kind kind(LegAddress to) {
        return to.technology().equals(LegAddress.STATION) || to.technology().equals(LegAddress.EXTENSION)
                ? Party.Kind.STATION : Party.Kind.LINE;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String callId() {
        return callId;
    }

    @Override
    public Party party() {
        return party;
    }

    @Override
    public State state() {
        return State.ENDED;
    }

    @Override
    public Optional<SessionDescription> media() {
        return Optional.empty();
    }

    @Override
    public CompletionStage<SessionDescription> answer(SessionDescription media) {
        return gone();
    }

    @Override
    public CompletionStage<SessionDescription> offer(SessionDescription media) {
        return gone();
    }

    private CompletionStage<SessionDescription> gone() {
        return CompletableFuture.failedFuture(new LegEndedException(EndCause.UNREACHABLE, "no provider reaches "
                + party.number()));
    }

    @Override
    public void listen(LegListener listener) {
        listener.changed(this, new LegEvent.Ended(EndCause.UNREACHABLE, "no leg provider for the technology"));
    }

    @Override
    public void negotiator(Negotiator negotiator) {
        // nothing is ever offered on a leg that never was
    }

    @Override
    public void told(CallEvent.Kind kind, String party, String step) {
    }

    @Override
    public void hangUp(EndCause cause) {
        // already ended
    }
}
