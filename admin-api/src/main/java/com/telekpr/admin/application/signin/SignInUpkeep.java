package com.telekpr.admin.application.signin;

import com.telekpr.admin.store.LoginFailures;
import com.telekpr.admin.store.SignInSessions;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the sign-in tables small: failed logins older than the throttle's window count for nothing, and a session
 * a day past its expiry opens nothing (a replayed cookie of it is refused as expired either way).
 */
@ApplicationScoped
public class SignInUpkeep {
    private static final Duration EXPIRED_SESSIONS_KEPT = Duration.ofDays(1);

    private final LoginFailures failures;
    private final SignInSessions sessions;
    private final Duration failureWindow;

    SignInUpkeep(LoginFailures failures, SignInSessions sessions, SignInConfig config) {
        this.failures = failures;
        this.sessions = sessions;
        this.failureWindow = config.failureWindow();
    }

    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> upkeep() {
        return forgetOld().replaceWithVoid();
    }

    /** Answers how many rows it forgot. */
    public Uni<Integer> forgetOld() {
        Instant now = Instant.now();
        return failures.forgetBefore(now.minus(failureWindow)).chain(forgotten -> sessions
                .forgetExpiredBefore(now.minus(EXPIRED_SESSIONS_KEPT)).map(ended -> forgotten + ended));
    }
}
