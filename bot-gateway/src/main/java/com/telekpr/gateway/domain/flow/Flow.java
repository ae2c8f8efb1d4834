package com.telekpr.gateway.domain.flow;

import com.telekpr.gateway.domain.Facts;
import com.telekpr.gateway.domain.Lookup;
import com.telekpr.gateway.domain.Request;
import com.telekpr.gateway.domain.Turn;
import java.util.List;

/** One of the bot's flows: what it must look up to answer a request, then the answer. */
public interface Flow {

    default List<Lookup> needs(Request request) {
        return List.of();
    }

    Turn decide(Request request, Facts facts);
}
