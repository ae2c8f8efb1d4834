package com.telekpr.rest;

/** Every error answer: the HTTP status, a short code, a sentence for a person, and the field at fault if any. */
public record ApiError(int status, String error, String message, String field) {
}
