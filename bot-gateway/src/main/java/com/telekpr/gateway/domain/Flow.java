package com.telekpr.gateway.domain;

import java.util.List;

/** One of the bot's flows: what it must look up to answer a request, then the answer. */
public interface Flow {

    default List<Lookup> needs(Request request) {
        return List.of();
    }

    Turn decide(Request request, Facts facts);
}
