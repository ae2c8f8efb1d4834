package com.telekpr.admin.application.signin;

import com.telekpr.admin.domain.staff.StaffAccount;
import com.telekpr.admin.store.StaffAccounts;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Log in with Telegram (its OpenID Connect provider, verified by quarkus-oidc before this is asked): the Telegram id
 * the id token names must be a bot user whose role (bot-gateway's, in the users projection) is admin or operator.
 * Their web account is the one linked to that user, made on their first such login (no password: Telegram is how
 * they get in); then the same refresh session and token as a password login.
 */
@ApplicationScoped
public class TelegramSignIn {
    private final StaffAccounts accounts;
    private final StaffSignIn signIn;
    private final StaffAudit audit;

    TelegramSignIn(StaffAccounts accounts, StaffSignIn signIn, StaffAudit audit) {
        this.accounts = accounts;
        this.signIn = signIn;
        this.audit = audit;
    }

    public Uni<SignedIn> logIn(long telegramId, String clientAddress) {
        String given = "telegram:" + telegramId;
        return accounts.userOfTelegramId(telegramId).chain(user -> user.isEmpty() || !user.get().staff()
                ? refused(given, clientAddress, user.isEmpty() ? "no bot user with this Telegram id"
                        : "not an admin or operator of the bot")
                : linkedAccount(user.get().userId(), telegramId).chain(account -> {
                    if (account.isEmpty() || !account.get().mayEnter()) {
                        String why = account.map(StaffAccount::refusal).orElse("not an admin or operator of the bot");
                        return refused(given, clientAddress, why);
                    }
                    return signIn.open(account.get(), clientAddress);
                }));
    }

    /** The account linked to {@code user}; made (named tg-&lt;id&gt;) when there is none yet. */
    private Uni<Optional<StaffAccount>> linkedAccount(UUID user, long telegramId) {
        return accounts.byTelegramUser(user).chain(found -> found.isPresent() ? Uni.createFrom().item(found)
                : accounts.create("tg-" + telegramId, null, Optional.empty(), Optional.of(user))
                        .chain(made -> accounts.byTelegramUser(user)));
    }

    private Uni<SignedIn> refused(String given, String clientAddress, String why) {
        return audit.recordStranger(given, clientAddress, "login.telegram", "refused", why)
                .chain(() -> Uni.createFrom().failure(SignInRefused.notStaff()));
    }
}
