package com.telekpr.events;

import java.time.LocalDate;

/** The fields of a customer profile (product.md §3.2, §6.2), the password excepted: it never travels in events. */
public record CustomerDetails(
        String firstName,
        String middleName,
        String lastName,
        String email,
        String phone,
        String gender,
        LocalDate dateOfBirth,
        String streetAddress,
        String aptSuite,
        String city,
        String state,
        String postalCode,
        String country,
        String telegramUsername,
        String instagramUsername) {
}
