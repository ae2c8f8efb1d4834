package com.telekpr.order.application;

import com.telekpr.events.CustomerEvent.CustomerRegistered;
import com.telekpr.events.CustomerEvent.CustomerRejected;
import com.telekpr.events.CustomerEvent.CustomerUpdated;
import com.telekpr.events.Envelope;
import com.telekpr.events.OrderCommand.RegisterCustomer;
import com.telekpr.events.OrderCommand.UpdateCustomer;
import com.telekpr.customer.CustomerRules;
import com.telekpr.customer.InvalidCustomerException;
import com.telekpr.order.store.CustomerProfileEntity;
import com.telekpr.order.store.ProfileRepository;
import com.telekpr.outbox.Outbox;
import com.telekpr.outbox.PersonalKeys;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** RegisterCustomer / UpdateCustomer from the bot: a checked, tidy profile, or a CustomerRejected saying why. */
@ApplicationScoped
public class CustomerRegistration {
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 128;

    private final ProfileRepository profiles;
    private final PasswordCipher passwords;
    private final Outbox outbox;
    private final PersonalKeys keys;

    CustomerRegistration(ProfileRepository profiles, PasswordCipher passwords, Outbox outbox, PersonalKeys keys) {
        this.profiles = profiles;
        this.passwords = passwords;
        this.outbox = outbox;
        this.keys = keys;
    }

    public Uni<Void> register(Envelope cause, RegisterCustomer command) {
        String subject = command.profileId().toString();
        return Panache.withTransaction(() -> profiles.findById(command.profileId()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem(); // registered before: a repeated command changes nothing
            }
            try {
                var details = CustomerRules.check(command.details(), LocalDate.now());
                var profile = new CustomerProfileEntity();
                profile.id = command.profileId();
                profile.userId = cause.requiredUserId();
                profile.copy(details);
                profile.passwordEncrypted = encryptedPassword(passwords, command.password(),
                        command.generatePassword());
                return profiles.persist(profile).chain(() -> keys.forWriting(profile.userId).chain(seal ->
                        outbox.appendCausedBy(cause, subject,
                                List.of(new CustomerRegistered(profile.id, seal.sealDetails(profile.userId, details))))));
            } catch (InvalidCustomerException invalid) {
                return reject(cause, command.profileId(), problems(invalid));
            }
        }));
    }

    public Uni<Void> update(Envelope cause, UpdateCustomer command) {
        String subject = command.profileId().toString();
        return Panache.withTransaction(() -> profiles.findOwned(command.profileId(), cause.requiredUserId())
                .chain(profile -> {
                    if (profile == null) {
                        return reject(cause, command.profileId(), List.of("profileId: no such profile of yours"));
                    }
                    try {
                        var details = CustomerRules.check(command.details(), LocalDate.now());
                        profile.copy(details);
                        return keys.forWriting(profile.userId).chain(seal -> outbox.appendCausedBy(cause, subject,
                                List.of(new CustomerUpdated(profile.id, seal.sealDetails(profile.userId, details)))));
                    } catch (InvalidCustomerException invalid) {
                        return reject(cause, command.profileId(), problems(invalid));
                    }
                }));
    }

    /** Null for no password; a generated one on request; else the given one, checked for length. */
    static String encryptedPassword(PasswordCipher passwords, String password, boolean generate) {
        if (generate) {
            return passwords.encrypt(passwords.generate());
        }
        if (password == null || password.isEmpty()) {
            return null;
        }
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            throw new InvalidCustomerException(List.of(new com.telekpr.customer.FieldError("password",
                    "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters")));
        }
        return passwords.encrypt(password);
    }

    /** One problem per broken rule, as "field: what is wrong". */
    private static List<String> problems(InvalidCustomerException invalid) {
        return invalid.errors().stream().map(error -> error.field() + ": " + error.message()).toList();
    }

    private Uni<Void> reject(Envelope cause, java.util.UUID profileId, List<String> problems) {
        return outbox.appendCausedBy(cause, profileId.toString(), List.of(new CustomerRejected(profileId, problems)));
    }
}
