package com.telekpr.gateway.domain.facts;

import java.util.List;

/** One page of a longer list, as the services page them. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public int lastPage() {
        return total == 0 ? 0 : (int) ((total - 1) / size);
    }
}
