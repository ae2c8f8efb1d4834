package com.telekpr.customer;

/** One broken rule: the field and, in words, what is wrong with it. */
public record FieldError(String field, String message) {
}
