package com.telekpr.admin.application.lists;

import com.telekpr.admin.domain.PageRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * A filtered, sorted, paged select put together from safe parts: conditions are written here with
 * {@code ?} for their values (numbered $n in order), columns and directions come only from a
 * screen's own sort table, never from the request's text.
 */
final class ListQuery {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /** Adds {@code condition}, whose {@code ?}s stand for {@code values} in order, unless the first value is null. */
    ListQuery where(String condition, Object... values) {
        return values[0] == null ? this : and(condition, values);
    }

    /** Adds {@code condition} whatever its values (which may be null). */
    ListQuery and(String condition, Object... values) {
        StringBuilder numbered = new StringBuilder();
        int next = 0;
        for (char c : condition.toCharArray()) {
            if (c == '?') {
                params.add(values[next++]);
                numbered.append('$').append(params.size());
            } else {
                numbered.append(c);
            }
        }
        conditions.add(numbered.toString());
        return this;
    }

    /** A case-insensitive contains over {@code columns}, unless text is blank. */
    ListQuery matching(String text, String... columns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        params.add("%" + escapeLike(text.strip()) + "%");
        var alternatives = new ArrayList<String>();
        for (String column : columns) {
            alternatives.add(column + " ilike $" + params.size());
        }
        conditions.add("(" + String.join(" or ", alternatives) + ")");
        return this;
    }

    String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    Object[] params() {
        return params.toArray();
    }

    /** The filter's values, then the page's limit and offset. */
    Object[] pageParams(PageRequest page) {
        var all = new ArrayList<>(params);
        all.add(page.size());
        all.add((long) page.page() * page.size());
        return all.toArray();
    }

    /**
     * {@code order by <column> <direction>, <tiebreak> <direction> limit .. offset ..} with the page's own parameters.
     * A missing value sorts as the smallest, so either direction is one index (column desc nulls last, tiebreak desc)
     * read forwards or backwards.
     */
    String orderAndPage(String column, PageRequest page, String tiebreak) {
        int limit = params.size() + 1;
        return order(column, page, tiebreak) + " limit $" + limit + " offset $" + (limit + 1);
    }

    /** {@code order by <column> <direction>, <tiebreak> <direction>} alone, as {@link #orderAndPage} sorts. */
    String order(String column, PageRequest page, String tiebreak) {
        return " order by " + column + (page.descending() ? " desc nulls last, " + tiebreak + " desc"
                : " asc nulls first, " + tiebreak + " asc");
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
