package com.telekpr.events;

/** A request, named in the imperative, sent to the one service that owns the state it would change. */
public interface Command extends Message {
}
