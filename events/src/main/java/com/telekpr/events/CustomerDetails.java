package com.telekpr.events;

import java.time.LocalDate;
import java.util.function.UnaryOperator;

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

    /** What is left of an erased person's profile: nothing. */
    public static final CustomerDetails NONE = new CustomerDetails(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null, null);

    /** These details with {@code change} applied to every field that identifies the person (see {@link PersonalSeal}). */
    public CustomerDetails withIdentifying(UnaryOperator<String> change) {
        return new CustomerDetails(change.apply(firstName), change.apply(middleName), change.apply(lastName),
                change.apply(email), change.apply(phone), gender, dateOfBirth, change.apply(streetAddress),
                change.apply(aptSuite), change.apply(city), change.apply(state), change.apply(postalCode), country,
                change.apply(telegramUsername), change.apply(instagramUsername));
    }
}
