package com.telekpr.gateway.domain.flow;

import com.telekpr.events.CustomerDetails;
import com.telekpr.gateway.domain.Conversation;
import java.time.LocalDate;

/** A customer profile as a draft's answers, keyed by {@link RegisterWizard#FIELDS}, and back. */
final class ProfileAnswers {

    private ProfileAnswers() {
    }

    /** The draft's answers as the details RegisterCustomer and UpdateCustomer carry. */
    static CustomerDetails details(Conversation draft) {
        String born = draft.get("dateOfBirth");
        return new CustomerDetails(draft.get("firstName"), draft.get("middleName"), draft.get("lastName"),
                draft.get("email"), draft.get("phone"), draft.get("gender"), born == null ? null : LocalDate.parse(born),
                draft.get("streetAddress"), draft.get("aptSuite"), draft.get("city"), draft.get("state"),
                draft.get("postalCode"), draft.get("country"), draft.get("telegramUsername"),
                draft.get("instagramUsername"));
    }

    /** One field of {@code details} as a draft holds it: a profile being edited, or shown on /profile. */
    static String value(CustomerDetails details, String field) {
        return switch (field) {
            case "firstName" -> details.firstName();
            case "middleName" -> details.middleName();
            case "lastName" -> details.lastName();
            case "email" -> details.email();
            case "phone" -> details.phone();
            case "gender" -> details.gender();
            case "dateOfBirth" -> details.dateOfBirth() == null ? null : details.dateOfBirth().toString();
            case "streetAddress" -> details.streetAddress();
            case "aptSuite" -> details.aptSuite();
            case "city" -> details.city();
            case "state" -> details.state();
            case "postalCode" -> details.postalCode();
            case "country" -> details.country();
            case "telegramUsername" -> details.telegramUsername();
            case "instagramUsername" -> details.instagramUsername();
            default -> throw new IllegalArgumentException("no such profile field: " + field);
        };
    }
}
