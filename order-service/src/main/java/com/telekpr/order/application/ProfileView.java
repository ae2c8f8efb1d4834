package com.telekpr.order.application;

import com.telekpr.order.store.CustomerProfileEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A profile as lists and reads show it: never the password, only whether there is one. */
public record ProfileView(UUID id, UUID userId, String firstName, String middleName, String lastName, String email,
                          String phone, String gender, LocalDate dateOfBirth, String streetAddress, String aptSuite,
                          String city, String state, String postalCode, String country, String telegramUsername,
                          String instagramUsername, boolean hasPassword, Instant createdAt, Instant updatedAt) {

    static ProfileView of(CustomerProfileEntity p) {
        return new ProfileView(p.id, p.userId, p.firstName, p.middleName, p.lastName, p.email, p.phone, p.gender,
                p.dateOfBirth, p.streetAddress, p.aptSuite, p.city, p.state, p.postalCode, p.country,
                p.telegramUsername, p.instagramUsername, p.passwordEncrypted != null, p.createdAt, p.updatedAt);
    }
}
