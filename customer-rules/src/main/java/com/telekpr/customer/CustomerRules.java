package com.telekpr.customer;

import com.telekpr.events.CustomerDetails;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a customer profile (product.md §3.2): what each field may hold, and its tidy form (trimmed,
 * phone in E.164, state as its postal code, usernames without '@'). First and last name, email and
 * phone are required; every other field may be left empty.
 */
public final class CustomerRules {
    public static final Set<String> GENDERS = Set.of("female", "male", "non-binary", "other", "prefer-not-to-say");
    static final int MIN_AGE = 16;
    static final int MAX_AGE = 120;
    private static final Pattern NAME = Pattern.compile("^[\\p{L}][\\p{L} '\\-]{0,49}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final Pattern E164 = Pattern.compile("^\\+[1-9]\\d{7,14}$");
    private static final Pattern ZIP = Pattern.compile("^\\d{5}(-\\d{4})?$");
    private static final Pattern TELEGRAM = Pattern.compile("^[A-Za-z][A-Za-z0-9_]{4,31}$");
    private static final Pattern INSTAGRAM = Pattern.compile("^[A-Za-z0-9._]{1,30}$");
    private static final Pattern CITY = Pattern.compile("^[\\p{L}][\\p{L} .'\\-]{0,99}$");

    private CustomerRules() {
    }

    /** The profile in its tidy form, or an InvalidCustomerException listing every broken rule. */
    public static CustomerDetails check(CustomerDetails in, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        var details = new CustomerDetails(
                name("firstName", in.firstName(), true, errors),
                name("middleName", in.middleName(), false, errors),
                name("lastName", in.lastName(), true, errors),
                email(in.email(), errors),
                phone(in.phone(), errors),
                gender(in.gender(), errors),
                dateOfBirth(in.dateOfBirth(), today, errors),
                text("streetAddress", in.streetAddress(), 200, errors),
                text("aptSuite", in.aptSuite(), 50, errors),
                matching("city", in.city(), CITY, "letters, spaces, dots, apostrophes and hyphens", errors),
                state(in.state(), errors),
                matching("postalCode", in.postalCode(), ZIP, "a US ZIP code: 12345 or 12345-6789", errors),
                blank(in.country()) ? "USA" : in.country().strip(),
                matching("telegramUsername", withoutAt(in.telegramUsername()), TELEGRAM,
                        "5–32 letters, digits or underscores, starting with a letter", errors),
                matching("instagramUsername", withoutAt(in.instagramUsername()), INSTAGRAM,
                        "up to 30 letters, digits, dots or underscores", errors));
        if (!errors.isEmpty()) {
            throw new InvalidCustomerException(errors);
        }
        return details;
    }

    /** The fields a profile must have; every other one may be skipped. */
    public static final Set<String> REQUIRED = Set.of("firstName", "lastName", "email", "phone");

    /** One answer on its own, as the registration wizard asks them: its tidy form, or what is wrong with it. */
    public record Answer(String value, FieldError error) {
        public boolean ok() {
            return error == null;
        }
    }

    /**
     * Checks one field's answer with the same rules {@link #check} applies to the whole profile; a date of
     * birth is given as text, 1990-04-12 or 04/12/1990.
     */
    public static Answer answer(String field, String value, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        String tidy = switch (field) {
            case "firstName", "lastName" -> name(field, value, true, errors);
            case "middleName" -> name(field, value, false, errors);
            case "email" -> email(value, errors);
            case "phone" -> phone(value, errors);
            case "gender" -> gender(value, errors);
            case "dateOfBirth" -> dateOfBirthText(value, today, errors);
            case "streetAddress" -> text(field, value, 200, errors);
            case "aptSuite" -> text(field, value, 50, errors);
            case "city" -> matching("city", value, CITY, "letters, spaces, dots, apostrophes and hyphens", errors);
            case "state" -> state(value, errors);
            case "postalCode" -> matching("postalCode", value, ZIP, "a US ZIP code: 12345 or 12345-6789", errors);
            case "country" -> blank(value) ? "USA" : text(field, value, 60, errors);
            case "telegramUsername" -> matching("telegramUsername", withoutAt(value), TELEGRAM,
                    "5–32 letters, digits or underscores, starting with a letter", errors);
            case "instagramUsername" -> matching("instagramUsername", withoutAt(value), INSTAGRAM,
                    "up to 30 letters, digits, dots or underscores", errors);
            default -> throw new IllegalArgumentException("no such profile field: " + field);
        };
        return new Answer(tidy, errors.isEmpty() ? null : errors.get(0));
    }

    private static String dateOfBirthText(String value, LocalDate today, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        LocalDate date = parseDate(value.strip());
        if (date == null) {
            errors.add(new FieldError("dateOfBirth", "must be a date like 1990-04-12 or 04/12/1990"));
            return value.strip();
        }
        dateOfBirth(date, today, errors);
        return date.toString();
    }

    private static LocalDate parseDate(String text) {
        for (var format : List.of(java.time.format.DateTimeFormatter.ISO_LOCAL_DATE,
                java.time.format.DateTimeFormatter.ofPattern("MM/dd/uuuu"))) {
            try {
                return LocalDate.parse(text, format.withResolverStyle(java.time.format.ResolverStyle.STRICT));
            } catch (java.time.format.DateTimeParseException notThisFormat) {
                // try the next format
            }
        }
        return null;
    }

    private static String name(String field, String value, boolean required, List<FieldError> errors) {
        if (blank(value)) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
            return null;
        }
        return matching(field, value, NAME, "1–50 letters, spaces, hyphens or apostrophes", errors);
    }

    private static String email(String value, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(new FieldError("email", "is required"));
            return null;
        }
        String email = value.strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new FieldError("email", "must be an email address like name@example.com"));
        }
        return email;
    }

    /** US numbers in any common writing become +1XXXXXXXXXX; others must be given in E.164 (+ and digits). */
    private static String phone(String value, List<FieldError> errors) {
        if (blank(value)) {
            errors.add(new FieldError("phone", "is required"));
            return null;
        }
        String digits = value.replaceAll("[\\s().\\-]", "");
        if (digits.matches("^\\d{10}$")) {
            digits = "+1" + digits;
        } else if (digits.matches("^1\\d{10}$")) {
            digits = "+" + digits;
        }
        if (!E164.matcher(digits).matches()) {
            errors.add(new FieldError("phone", "must be a US number (415-555-0123) or international (+447911123456)"));
        }
        return digits;
    }

    private static String gender(String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String gender = value.strip().toLowerCase(Locale.ROOT);
        if (!GENDERS.contains(gender)) {
            errors.add(new FieldError("gender", "must be one of " + String.join(", ", GENDERS.stream().sorted().toList())));
        }
        return gender;
    }

    private static LocalDate dateOfBirth(LocalDate value, LocalDate today, List<FieldError> errors) {
        if (value == null) {
            return null;
        }
        if (!value.isBefore(today)) {
            errors.add(new FieldError("dateOfBirth", "must be in the past"));
        } else {
            int age = Period.between(value, today).getYears();
            if (age < MIN_AGE || age > MAX_AGE) {
                errors.add(new FieldError("dateOfBirth", "gives an age of " + age + "; it must be "
                        + MIN_AGE + " to " + MAX_AGE));
            }
        }
        return value;
    }

    private static String state(String value, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        return UsStates.code(value).orElseGet(() -> {
            errors.add(new FieldError("state", "must be one of the 50 states or DC, e.g. CA or California"));
            return value.strip();
        });
    }

    private static String text(String field, String value, int maxLength, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            errors.add(new FieldError(field, "is at most " + maxLength + " characters"));
        }
        return text;
    }

    private static String matching(String field, String value, Pattern pattern, String rule, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String text = value.strip();
        if (!pattern.matcher(text).matches()) {
            errors.add(new FieldError(field, "must be " + rule));
        }
        return text;
    }

    private static String withoutAt(String value) {
        return value == null ? null : value.strip().replaceFirst("^@", "");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
