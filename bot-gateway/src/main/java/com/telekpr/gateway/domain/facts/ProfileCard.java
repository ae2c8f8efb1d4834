package com.telekpr.gateway.domain.facts;

import com.telekpr.events.CustomerDetails;
import java.time.LocalDate;
import java.util.UUID;

/** A customer profile as order-service shows it to its owner (never the password). */
public record ProfileCard(UUID id, String firstName, String middleName, String lastName, String email, String phone,
                          String gender, LocalDate dateOfBirth, String streetAddress, String aptSuite, String city,
                          String state, String postalCode, String country, String telegramUsername,
                          String instagramUsername, boolean hasPassword) {

    public String displayName() {
        return firstName + " " + lastName;
    }

    public CustomerDetails details() {
        return new CustomerDetails(firstName, middleName, lastName, email, phone, gender, dateOfBirth, streetAddress,
                aptSuite, city, state, postalCode, country, telegramUsername, instagramUsername);
    }
}
