package com.telekpr.gateway.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a chat is in a multi-step flow: the flow, its current step and the answers so far. Kept in Postgres
 * per chat; {@code version} grows with every saved turn, and conversation buttons carry it, so a press on
 * an older message is recognised as stale.
 */
public record Conversation(String flow, String step, Map<String, String> draft, long version) {
    public static final String IDLE = "idle";

    public Conversation {
        draft = Map.copyOf(draft);
    }

    public static Conversation idle(long version) {
        return new Conversation(IDLE, IDLE, Map.of(), version);
    }

    public boolean isIdle() {
        return IDLE.equals(flow);
    }

    public boolean in(String flowName) {
        return flowName.equals(flow);
    }

    /** The same draft at another step. */
    public Conversation at(String nextStep) {
        return new Conversation(flow, nextStep, draft, version);
    }

    /** A fresh draft of {@code flowName} at {@code firstStep}. */
    public Conversation start(String flowName, String firstStep, Map<String, String> answers) {
        return new Conversation(flowName, firstStep, answers, version);
    }

    public Conversation with(String key, String value) {
        var next = new LinkedHashMap<>(draft);
        if (value == null) {
            next.remove(key);
        } else {
            next.put(key, value);
        }
        return new Conversation(flow, step, next, version);
    }

    public String get(String key) {
        return draft.get(key);
    }

    /** The end of a flow: nothing remembered but the version, which keeps growing. */
    public Conversation ended() {
        return idle(version);
    }
}
