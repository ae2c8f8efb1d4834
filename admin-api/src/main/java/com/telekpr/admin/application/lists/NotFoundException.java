package com.telekpr.admin.application.lists;

/** A read model has no row with the id asked for: answered 404, naming what was looked for. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super("no " + what + " " + id);
    }
}
