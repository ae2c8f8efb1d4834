package com.telekpr.outbox;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * Runs reactive (Hibernate Reactive, Vert.x) work from a service's own plain threads — a send loop, a
 * long-polling loop — on a Vert.x context, waiting for its result.
 */
public final class Blocking {
    private Blocking() {
    }

    public static <T> T await(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable checked) {
            throw new IllegalStateException(checked);
        }
    }
}
