package com.telekpr.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;

/**
 * The JDK HTTP server the sandboxes run on, on the loopback interface, with TCP_NODELAY. Without it the
 * server's small writes meet the client's delayed ACK (Nagle's algorithm): every request on a kept-alive
 * connection waited ~44 ms, which no real Telegram or OxaPay does, and every latency measured through the
 * sandbox carried it.
 */
public final class LoopbackServer {
    /** Read once, when the JDK server's configuration class loads: set before the first server is made. */
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    private LoopbackServer() {
    }

    public static HttpServer create(int port, int backlog) throws IOException {
        System.setProperty(NO_DELAY, "true");
        return HttpServer.create(new InetSocketAddress("127.0.0.1", port), backlog);
    }
}
