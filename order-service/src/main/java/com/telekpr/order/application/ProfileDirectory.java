package com.telekpr.order.application;

import com.telekpr.events.CustomerDetails;
import com.telekpr.events.CustomerEvent.CustomerDeleted;
import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.CustomerEvent.CustomerUpdated;
import com.telekpr.customer.CustomerRules;
import com.telekpr.order.store.CustomerProfileEntity;
import com.telekpr.order.store.OrderRepository;
import com.telekpr.order.store.ProfileRepository;
import com.telekpr.outbox.Outbox;
import com.telekpr.outbox.PersonalKeys;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Customer profiles for admin-api and the bot: read, edit, soft-delete, and the one guarded password read. */
@ApplicationScoped
public class ProfileDirectory {
    private final ProfileRepository profiles;
    private final OrderRepository orders;
    private final PasswordCipher passwords;
    private final Outbox outbox;
    private final PersonalKeys keys;

    ProfileDirectory(ProfileRepository profiles, OrderRepository orders, PasswordCipher passwords, Outbox outbox,
            PersonalKeys keys) {
        this.profiles = profiles;
        this.orders = orders;
        this.passwords = passwords;
        this.outbox = outbox;
        this.keys = keys;
    }

    public record ProfilePage(List<ProfileView> items, int page, int size, long total) {
    }

    public Uni<ProfilePage> search(UUID userId, String text, int page, int size) {
        String query = "deletedAt is null" + (userId == null ? "" : " and userId = :user")
                + (text == null ? "" : " and (lower(firstName) like :text or lower(lastName) like :text"
                + " or lower(email) like :text or phone like :text)");
        Parameters parameters = new Parameters();
        if (userId != null) {
            parameters.and("user", userId);
        }
        if (text != null) {
            parameters.and("text", "%" + text.toLowerCase(java.util.Locale.ROOT) + "%");
        }
        return Panache.withSession(() -> profiles.find(query, Sort.ascending("createdAt"), parameters)
                .page(Page.of(page, size)).list()
                .chain(items -> profiles.count(query, parameters).map(total -> new ProfilePage(
                        items.stream().map(ProfileView::of).toList(), page, size, total))));
    }

    /** The live profile; when {@code asUser} is given it must be theirs, else it is unknown to them. */
    public Uni<ProfileView> one(UUID profileId, UUID asUser) {
        return Panache.withSession(() -> live(profileId, asUser)).map(ProfileView::of);
    }

    /** An admin's new profile for a user; the same rules and events as the bot's RegisterCustomer. */
    public Uni<ProfileView> create(UUID userId, CustomerDetails details, String password, boolean generate) {
        var tidy = CustomerRules.check(details, LocalDate.now());
        var profile = new CustomerProfileEntity();
        profile.id = UUID.randomUUID();
        profile.userId = userId;
        profile.copy(tidy);
        profile.passwordEncrypted = CustomerRegistration.encryptedPassword(passwords, password, generate);
        return Panache.withTransaction(() -> profiles.persist(profile).call(() -> keys.forWriting(userId)
                .chain(seal -> outbox.appendNew(userId, profile.id.toString(),
                        List.of(new CustomerRegistered(profile.id, seal.sealDetails(userId, tidy))))))).map(ProfileView::of);
    }

    public Uni<ProfileView> update(UUID profileId, UUID asUser, CustomerDetails details) {
        var tidy = CustomerRules.check(details, LocalDate.now());
        return Panache.withTransaction(() -> live(profileId, asUser).call(profile -> {
            profile.copy(tidy);
            return keys.forWriting(profile.userId).chain(seal -> outbox.appendNew(profile.userId, profileId.toString(),
                    List.of(new CustomerUpdated(profileId, seal.sealDetails(profile.userId, tidy)))));
        })).map(ProfileView::of);
    }

    /** Soft delete; refused while the profile has an order that is not finished. */
    public Uni<Void> delete(UUID profileId, UUID asUser) {
        return Panache.withTransaction(() -> live(profileId, asUser).chain(profile -> orders
                .openOrdersOfProfile(profileId).chain(open -> {
                    if (open > 0) {
                        throw new ProfileInUseException(profileId, open);
                    }
                    profile.deletedAt = Instant.now();
                    return outbox.appendNew(profile.userId, profileId.toString(), List.of(new CustomerDeleted(profileId)));
                })));
    }

    /**
     * The clear password, for an admin ({@code operatorId} null; admin-api checks the role) or for an
     * operator assigned to an order of this profile. Anyone else: the profile is unknown to them.
     */
    public Uni<String> password(UUID profileId, UUID operatorId) {
        return Panache.withSession(() -> live(profileId, null).call(profile -> operatorId == null
                        ? Uni.createFrom().voidItem()
                        : orders.count("customerProfileId = ?1 and operatorId = ?2", profileId, operatorId)
                        .invoke(assigned -> {
                            if (assigned == 0) {
                                throw new UnknownProfileException(profileId);
                            }
                        }))
                .map(profile -> profile.passwordEncrypted == null ? null : passwords.decrypt(profile.passwordEncrypted)));
    }

    private Uni<CustomerProfileEntity> live(UUID profileId, UUID asUser) {
        return (asUser == null ? profiles.findLive(profileId) : profiles.findOwned(profileId, asUser))
                .onItem().ifNull().failWith(() -> new UnknownProfileException(profileId));
    }
}
