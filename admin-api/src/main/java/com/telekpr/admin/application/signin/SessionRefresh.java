package com.telekpr.admin.application.signin;

import com.telekpr.admin.domain.staff.SessionSecret;
import com.telekpr.admin.store.SignInSessions;
import com.telekpr.admin.store.StaffAccounts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * The refresh cookie's two moves: refresh (a new token, and a new secret replacing the old one) and logout. A secret
 * that was already replaced, presented again, is a stolen copy racing its owner: every session of the account ends.
 */
@ApplicationScoped
public class SessionRefresh {
    private final SignInSessions sessions;
    private final StaffAccounts accounts;
    private final StaffTokens tokens;
    private final StaffAudit audit;
    private final Duration sessionLifetime;

    SessionRefresh(SignInSessions sessions, StaffAccounts accounts, StaffTokens tokens, StaffAudit audit, SignInConfig config) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.tokens = tokens;
        this.audit = audit;
        this.sessionLifetime = config.sessionLifetime();
    }

    public Uni<SignedIn> refresh(String secret, String clientAddress) {
        if (secret == null || secret.isBlank()) {
            return Uni.createFrom().failure(SignInRefused.sessionEnded());
        }
        return sessions.find(SessionSecret.hash(secret)).chain(found -> {
            if (found.isEmpty()) {
                return Uni.createFrom().failure(SignInRefused.sessionEnded());
            }
            var session = found.get();
            if (!session.live() && !session.replaced()) {
                return Uni.createFrom().failure(SignInRefused.sessionEnded());
            }
            if (!session.live()) {
                return sessions.revokeAll(session.accountId()).chain(ended -> ended == 0 ? Uni.createFrom().voidItem()
                        : accounts.byId(session.accountId()).chain(account -> account.map(known -> audit.record(known,
                        clientAddress, "session refresh", "refused", "a replaced refresh token came back: " + ended
                        + " sessions ended")).orElseGet(() -> Uni.createFrom().voidItem())))
                        .chain(() -> Uni.createFrom().failure(SignInRefused.sessionEnded()));
            }
            return accounts.byId(session.accountId()).chain(account -> {
                if (account.isEmpty() || !account.get().mayEnter()) {
                    return sessions.revokeAll(session.accountId())
                            .chain(() -> Uni.createFrom().failure(SignInRefused.sessionEnded()));
                }
                String next = SessionSecret.next();
                return sessions.replace(session.sessionId(), session.accountId(), SessionSecret.hash(next),
                        Instant.now().plus(sessionLifetime)).chain(replaced -> replaced
                        ? Uni.createFrom().item(new SignedIn(account.get(), tokens.issue(account.get()), tokens.lifetime(),
                        next, sessionLifetime, tokens.enrolling(account.get())))
                        : Uni.createFrom().failure(SignInRefused.sessionEnded()));
            });
        });
    }

    /** Ends the cookie's session; one that is unknown or already ended is fine (logging out twice is not an error). */
    public Uni<Void> logOut(String secret, String clientAddress) {
        if (secret == null || secret.isBlank()) {
            return Uni.createFrom().voidItem();
        }
        return sessions.find(SessionSecret.hash(secret)).chain(found -> found.filter(SignInSessions.Found::live)
                .map(session -> sessions.revoke(session.sessionId()).chain(() -> accounts.byId(session.accountId()))
                        .chain(account -> account.map(known -> audit.record(known, clientAddress, "logout", "success", null))
                                .orElseGet(() -> Uni.createFrom().voidItem())))
                .orElseGet(() -> Uni.createFrom().voidItem()));
    }
}
