package org.branchline.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks for one URL over and over on a thread of its own while a test changes the server, and counts the
 * answers by status: a door that is rebuilt behind the caller's back shows up as anything but 200.
 */
final class RestPoller {
    private final HttpClient http = HttpClient.newHttpClient();
    private final HttpRequest request;
    private final Map<Integer, Integer> answers = new TreeMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    private RestPoller(String url) {
        request = HttpRequest.newBuilder(URI.create(url)).GET().build();
        thread = new Thread(this::poll, "rest-poller");
    }

    static RestPoller start(String url) {
        RestPoller poller = new RestPoller(url);
        poller.thread.start();
        return poller;
    }

    void assertEveryAnswerWas(int status) throws InterruptedException {
        running.set(false);
        thread.join();
        Map<Integer, Integer> counted;
        synchronized (answers) {
            counted = new TreeMap<>(answers);
        }
        int total = counted.values().stream().mapToInt(Integer::intValue).sum();
        assertTrue("the poller got answers at all: " + counted, total > 50);
        assertEquals("answers by status while the door changed", Map.of(status, total), counted);
    }

    private void poll() {
        while (running.get()) {
            int code;
            try {
                code = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (Exception e) {
                code = -1;
            }
            synchronized (answers) {
                answers.merge(code, 1, Integer::sum);
            }
        }
    }
}
