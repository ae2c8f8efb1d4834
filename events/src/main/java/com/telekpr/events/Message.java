package com.telekpr.events;

/**
 * Anything that travels in an {@link Envelope}: an {@link Event} (something that happened) or a
 * {@link Command} (something a service is asked to do).
 */
public interface Message {
}
