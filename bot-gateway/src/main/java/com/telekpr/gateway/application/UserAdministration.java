package com.telekpr.gateway.application;

import com.telekpr.gateway.store.UserEntity;
import com.telekpr.gateway.store.UserRepository;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** What admin-api asks of the gateway: list and read users, set roles, suspend and reactivate — each a UserUpdated. */
@ApplicationScoped
public class UserAdministration {
    private final UserRepository users;
    private final UserAccounts accounts;

    UserAdministration(UserRepository users, UserAccounts accounts) {
        this.users = users;
        this.accounts = accounts;
    }

    public Uni<List<UserView>> search(String role, String text, int page, int size) {
        return Panache.withSession(() -> users.search(role, text, page, size))
                .map(found -> found.stream().map(UserView::of).toList());
    }

    public Uni<UserView> get(UUID id) {
        return Panache.withSession(() -> users.findById(id)).onItem().ifNull().failWith(() -> new UnknownUserException(id))
                .map(UserView::of);
    }

    public Uni<UserView> setRoles(UUID id, boolean admin, boolean operator) {
        return change(id, user -> {
            user.admin = admin;
            user.operator = operator;
        });
    }

    /** A suspended user is told once, at their next message, and otherwise ignored. */
    public Uni<UserView> suspend(UUID id, boolean suspended) {
        return change(id, user -> {
            user.suspended = suspended;
            user.suspensionToldAt = null;
        });
    }

    private Uni<UserView> change(UUID id, java.util.function.Consumer<UserEntity> change) {
        return Panache.withTransaction(() -> users.lock(id)
                .onItem().ifNull().failWith(() -> new UnknownUserException(id))
                .call(user -> {
                    change.accept(user);
                    return accounts.announce(user, null);
                })).map(UserView::of);
    }
}
