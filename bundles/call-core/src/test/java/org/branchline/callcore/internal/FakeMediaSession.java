package org.branchline.callcore.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.branchline.api.media.MediaSession;
import org.branchline.api.media.MediaSession.PlayEnd;
import org.branchline.api.media.Prompt;

/** Records what was played, every update and whether it closed; answers at 10.0.0.9 on its own port. */
final class FakeMediaSession implements MediaSession {
    final String offer;
    final int port;
    final List<List<Prompt>> played = new CopyOnWriteArrayList<>();
    final List<String> updates = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Character> digits = new LinkedBlockingQueue<>();
    private volatile boolean open = true;

    FakeMediaSession(String offer, int port) {
        this.offer = offer;
        this.port = port;
    }

    @Override
    public String answerSdp() {
        return Sdp.at("10.0.0.9", port).text();
    }

    @Override
    public String update(String offerSdp) {
        updates.add(offerSdp);
        return answerSdp();
    }

    @Override
    public CompletableFuture<Played> play(List<Prompt> prompts, boolean stopOnDigit) {
        played.add(prompts);
        boolean music = prompts.stream().anyMatch(Prompt.Music.class::isInstance);
        return music ? new CompletableFuture<>() : CompletableFuture.completedFuture(new Played(PlayEnd.FINISHED));
    }

    @Override
    public CompletableFuture<Recorded> record(Path file, RecordLimits limits) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void stop() {
    }

    @Override
    public Optional<Character> nextDigit(Duration timeout) throws InterruptedException {
        return Optional.ofNullable(digits.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Override
    public void clearDigits() {
        digits.clear();
    }

    @Override
    public void digit(char digit) {
        digits.add(digit);
    }

    @Override
    public void sendDigit(char digit) {
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }
}
