package com.telekpr.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The schema version of a message type's data, read by {@link MessageTypes}; a type without it is at
 * version 1. Raised when the data changes shape, so a reader can tell which shape it holds and refuse a
 * newer one it cannot know; the golden file of every older version stays and must keep decoding.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SchemaVersion {
    int value();
}
