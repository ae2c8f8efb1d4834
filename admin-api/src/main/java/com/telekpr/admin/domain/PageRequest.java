package com.telekpr.admin.domain;

import java.util.Map;
import java.util.Set;

/**
 * One page of a list: 0-based page, size 1 to {@link #MAX_SIZE}, and a sort field out of the list's own
 * set, ascending or descending ({@code sort=placedAt,desc}). Anything else is refused with the parameter named.
 */
public record PageRequest(int page, int size, String sort, boolean descending) {
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;
    /** Far beyond any real list, and small enough that page × size never overflows. */
    public static final int MAX_PAGE = 1_000_000;

    /** The problem with one query parameter, named. */
    public static final class InvalidParameter extends IllegalArgumentException {
        private final String parameter;

        public InvalidParameter(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /**
     * Reads page, size and sort against {@code sortable}, whose keys are the fields a client may sort by;
     * {@code defaultSort} like "placedAt,desc" applies when sort is absent.
     */
    public static PageRequest of(String page, String size, String sort, Set<String> sortable, String defaultSort) {
        int pageNumber = number("page", page, 0, 0, MAX_PAGE);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        String[] parts = (sort == null || sort.isBlank() ? defaultSort : sort.strip()).split(",", -1);
        String field = parts[0].strip();
        if (!sortable.contains(field)) {
            throw new InvalidParameter("sort", "sort must be one of " + String.join(", ", new java.util.TreeSet<>(sortable))
                    + " (optionally followed by ,asc or ,desc), was '" + sort + "'");
        }
        boolean descending = false;
        if (parts.length > 1) {
            String direction = parts[1].strip();
            if (!Map.of("asc", false, "desc", true).containsKey(direction) || parts.length > 2) {
                throw new InvalidParameter("sort", "sort direction must be asc or desc, was '" + sort + "'");
            }
            descending = direction.equals("desc");
        }
        return new PageRequest(pageNumber, pageSize, field, descending);
    }

    private static int number(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new InvalidParameter(name, name + " must be a whole number from " + min + " to " + max + ", was '"
                + value + "'");
    }
}
