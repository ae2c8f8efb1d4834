package com.telekpr.customer;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The 50 states and DC (product.md §3.2), by postal code; names are accepted and turned into codes. */
public final class UsStates {
    public static final Map<String, String> BY_CODE = new TreeMap<>();

    static {
        String[] pairs = {"AL", "Alabama", "AK", "Alaska", "AZ", "Arizona", "AR", "Arkansas", "CA", "California",
            "CO", "Colorado", "CT", "Connecticut", "DE", "Delaware", "DC", "District of Columbia", "FL", "Florida",
            "GA", "Georgia", "HI", "Hawaii", "ID", "Idaho", "IL", "Illinois", "IN", "Indiana", "IA", "Iowa",
            "KS", "Kansas", "KY", "Kentucky", "LA", "Louisiana", "ME", "Maine", "MD", "Maryland",
            "MA", "Massachusetts", "MI", "Michigan", "MN", "Minnesota", "MS", "Mississippi", "MO", "Missouri",
            "MT", "Montana", "NE", "Nebraska", "NV", "Nevada", "NH", "New Hampshire", "NJ", "New Jersey",
            "NM", "New Mexico", "NY", "New York", "NC", "North Carolina", "ND", "North Dakota", "OH", "Ohio",
            "OK", "Oklahoma", "OR", "Oregon", "PA", "Pennsylvania", "RI", "Rhode Island", "SC", "South Carolina",
            "SD", "South Dakota", "TN", "Tennessee", "TX", "Texas", "UT", "Utah", "VT", "Vermont", "VA", "Virginia",
            "WA", "Washington", "WV", "West Virginia", "WI", "Wisconsin", "WY", "Wyoming"};
        for (int i = 0; i < pairs.length; i += 2) {
            BY_CODE.put(pairs[i], pairs[i + 1]);
        }
    }

    private UsStates() {
    }

    /** The postal code of a state given by code or name, any case. */
    public static Optional<String> code(String codeOrName) {
        String wanted = codeOrName.strip();
        String upper = wanted.toUpperCase(Locale.ROOT);
        if (BY_CODE.containsKey(upper)) {
            return Optional.of(upper);
        }
        return BY_CODE.entrySet().stream().filter(state -> state.getValue().equalsIgnoreCase(wanted))
                .map(Map.Entry::getKey).findFirst();
    }
}
