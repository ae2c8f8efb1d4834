package com.telekpr.sandbox;

import com.telekpr.sandbox.oxapay.OxaPaySimulator;
import java.util.concurrent.CountDownLatch;

/** Runs the sandbox as a process: {@code SandboxMain <oxapay-port> <merchant-key>}. */
public final class SandboxMain {
    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8090;
        String key = args.length > 1 ? args[1] : "sandbox-merchant-key";
        var oxapay = OxaPaySimulator.start(port, key);
        Runtime.getRuntime().addShutdownHook(new Thread(oxapay::close));
        System.out.println("OxaPay sandbox on " + oxapay.baseUrl() + " (checkout pages under /pay/)");
        new CountDownLatch(1).await();
    }
}
