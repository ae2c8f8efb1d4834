package com.telekpr.customer;

import java.util.List;
import java.util.stream.Collectors;

/** A customer profile that breaks one or more rules; every broken rule is listed. */
public class InvalidCustomerException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidCustomerException(List<FieldError> errors) {
        super(errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
