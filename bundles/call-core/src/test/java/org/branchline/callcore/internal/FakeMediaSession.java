package org.branchline.callcore.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.branchline.api.media.MediaSession;
import org.branchline.api.media.Prompt;

/** Records what was played, every update and whether it closed; answers at 10.0.0.9 on its own port. */
final class FakeMediaSession implements MediaSession {
    final String offer;
    final int port;
    final List<List<Prompt>> played = new CopyOnWriteArrayList<>();
    final List<String> updates = new CopyOnWriteArrayList<>();
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
        return new CompletableFuture<>();
    }

    @Override
    public CompletableFuture<Recorded> record(Path file, RecordLimits limits) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void stop() {
    }

    @Override
    public Optional<Character> nextDigit(Duration timeout) {
        return Optional.empty();
    }

    @Override
    public void clearDigits() {
    }

    @Override
    public void digit(char digit) {
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
