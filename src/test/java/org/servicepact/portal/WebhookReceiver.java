package org.servicepact.portal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server that receives webhook calls (the JDK's own), answering 500 to the first {@code failures} calls and
 * 200 after, or 200 with a body of a gigabyte ({@link #answeringAtLength}); it keeps each call's event header, signature
 * header and body.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One call as received. */
    record Call(String event, String signature, String body) {

        /** Whether the signature is HMAC-SHA256 of the body with {@code secret}, as a receiver checks it. */
        boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                return ("sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)))).equals(signature);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** What a receiver that answers at length sends after its status: far more than a caller should read. */
    private static final long LENGTHY_ANSWER_BYTES = 1L << 30;

    private final HttpServer server;
    private final List<Call> calls = new ArrayList<>();
    private final AtomicInteger failuresLeft;
    private final AtomicBoolean callerHungUp = new AtomicBoolean();
    private final CountDownLatch answered = new CountDownLatch(1);

    WebhookReceiver(int port, int failures) {
        this(port, failures, false);
    }

    /** A receiver that answers 200 and then a body of a gigabyte, and notes whether the caller hung up before its end. */
    static WebhookReceiver answeringAtLength(int port) {
        return new WebhookReceiver(port, 0, true);
    }

    private WebhookReceiver(int port, int failures, boolean atLength) {
        this.failuresLeft = new AtomicInteger(failures);
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            synchronized (calls) {
                calls.add(new Call(exchange.getRequestHeaders().getFirst("X-ServicePact-Event"),
                        exchange.getRequestHeaders().getFirst("X-ServicePact-Signature"), body));
            }
            try {
                if (atLength) {
                    answerAtLength(exchange);
                } else {
                    exchange.sendResponseHeaders(failuresLeft.getAndDecrement() > 0 ? 500 : 200, -1);
                }
            } finally {
                exchange.close();
                answered.countDown();
            }
        });
        server.start();
    }

    private void answerAtLength(HttpExchange exchange) throws IOException {
        exchange.sendResponseHeaders(200, 0);
        byte[] chunk = new byte[64 * 1024];
        try {
            OutputStream out = exchange.getResponseBody();
            for (long sent = 0; sent < LENGTHY_ANSWER_BYTES; sent += chunk.length) {
                out.write(chunk);
            }
            out.close();
        } catch (IOException hungUp) {
            callerHungUp.set(true);
        }
    }

    /** Whether the caller hung up before the end of the answer, once the first call has been answered or given up. */
    boolean callerHungUpEarly() throws InterruptedException {
        return answered.await(2, TimeUnit.MINUTES) && callerHungUp.get();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
