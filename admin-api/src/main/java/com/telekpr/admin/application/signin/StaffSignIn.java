package com.telekpr.admin.application.signin;

import com.telekpr.admin.domain.staff.LoginThrottle;
import com.telekpr.admin.domain.staff.SessionSecret;
import com.telekpr.admin.domain.staff.StaffAccount;
import com.telekpr.admin.store.LoginFailures;
import com.telekpr.admin.store.SignInSessions;
import com.telekpr.admin.store.StaffAccounts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Login with a username and password (PRD §10.1 POST /api/admin/login): the throttle first (for the username and the
 * client address), then the password, then the second factor where the account has one. An attempt is recorded as a
 * failure before it is checked, so guesses sent in parallel count each other, and withdrawn when it lets someone in
 * (or only lacks its code); every refusal is audited, a success opens a refresh session.
 */
@ApplicationScoped
public class StaffSignIn {
    private final StaffAccounts accounts;
    private final LoginFailures failures;
    private final SignInSessions sessions;
    private final Passwords passwords;
    private final StaffTokens tokens;
    private final StaffAudit audit;
    private final SecondFactorCheck secondFactor;
    private final LoginThrottle throttle;
    private final Duration sessionLifetime;

    StaffSignIn(StaffAccounts accounts, LoginFailures failures, SignInSessions sessions, Passwords passwords,
                StaffTokens tokens, StaffAudit audit, SecondFactorCheck secondFactor, SignInConfig config) {
        this.accounts = accounts;
        this.failures = failures;
        this.sessions = sessions;
        this.passwords = passwords;
        this.tokens = tokens;
        this.audit = audit;
        this.secondFactor = secondFactor;
        this.throttle = new LoginThrottle(config.maxFailures(), config.failureWindow());
        this.sessionLifetime = config.sessionLifetime();
    }

    /** What a person gives at login: the second factor only when their account has one. */
    public record Credentials(String username, String password, String totp, String recoveryCode) {
    }

    public Uni<SignedIn> logIn(Credentials given, String clientAddress) {
        String username = given.username();
        Instant now = Instant.now();
        return failures.attempt(username, clientAddress).chain(attempt -> waitRequired(username, clientAddress, now, attempt)
                .chain(wait -> {
                    if (!wait.isZero()) {
                        return failures.withdraw(attempt)
                                .chain(() -> audit.recordStranger(username, clientAddress, "login", "throttled", null))
                                .chain(() -> Uni.createFrom().failure(SignInRefused.throttled(wait)));
                    }
                    return checked(given, clientAddress, attempt);
                }));
    }

    /** The password, then the second factor; the attempt stays recorded as a failure unless it lets someone in. */
    private Uni<SignedIn> checked(Credentials given, String clientAddress, long attempt) {
        String username = given.username();
        return accounts.byUsername(username).chain(found -> passwords.matches(given.password(),
                found.map(StaffAccounts.WithPassword::passwordHash).orElse(null)).chain(matches -> {
            if (matches && found.get().account().mayEnter()) {
                return secondStep(found.get().account(), given, clientAddress, attempt);
            }
            String why = found.isEmpty() ? "unknown username" : matches ? found.get().account().refusal() : "wrong password";
            return found.map(known -> audit.record(known.account(), clientAddress, "login", "refused", why))
                    .orElseGet(() -> audit.recordStranger(username, clientAddress, "login", "refused", why))
                    .chain(() -> Uni.createFrom().failure(SignInRefused.wrongCredentials()));
        }));
    }

    /** The password was right: the second factor, where the account has one, decides. */
    private Uni<SignedIn> secondStep(StaffAccount account, Credentials given, String clientAddress, long attempt) {
        if (!account.secondFactor()) {
            return failures.withdraw(attempt).chain(() -> open(account, clientAddress));
        }
        if (given.totp() == null && given.recoveryCode() == null) {
            // the right password without its code is not a failure: the client asks for the code next
            return failures.withdraw(attempt)
                    .chain(() -> audit.record(account, clientAddress, "login", "refused", "second factor missing"))
                    .chain(() -> Uni.createFrom().failure(SignInRefused.secondFactorRequired()));
        }
        return secondFactor.passes(account.accountId(), given.totp(), given.recoveryCode()).chain(passes -> passes
                ? failures.withdraw(attempt).chain(() -> open(account, clientAddress))
                : audit.record(account, clientAddress, "login", "refused", "wrong second factor")
                        .chain(() -> Uni.createFrom().failure(SignInRefused.wrongSecondFactor())));
    }

    /** A refresh session and a token for an account that has just proven who it is. */
    Uni<SignedIn> open(StaffAccount account, String clientAddress) {
        String secret = SessionSecret.next();
        return sessions.open(account.accountId(), SessionSecret.hash(secret), Instant.now().plus(sessionLifetime))
                .chain(() -> audit.record(account, clientAddress, "login", "success", null))
                .map(ignored -> new SignedIn(account, tokens.issue(account), tokens.lifetime(), secret, sessionLifetime,
                        tokens.enrolling(account)));
    }

    private Uni<Duration> waitRequired(String username, String clientAddress, Instant now, long attempt) {
        Instant since = throttle.countsSince(now);
        return failures.forUsername(username, since, attempt).chain(byName -> failures.fromAddress(clientAddress, since, attempt)
                .map(byAddress -> {
                    Duration forName = throttle.retryAfter(byName, now);
                    Duration forAddress = throttle.retryAfter(byAddress, now);
                    return forName.compareTo(forAddress) >= 0 ? forName : forAddress;
                }));
    }
}
