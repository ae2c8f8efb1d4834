package com.telekpr.events;

/** A fact, named in the past tense, published by the service that owns the state it describes. */
public interface Event extends Message {
}
