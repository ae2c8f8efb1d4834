package com.telekpr.admin.application.actions;

import java.util.UUID;

/** A user with an order still on its way is not erased: the order would lose whom it is for. */
public class OpenOrdersException extends RuntimeException {
    public OpenOrdersException(UUID user, long open) {
        super("user " + user + " has " + open + " open order" + (open == 1 ? "" : "s")
                + "; complete or cancel them before erasing the user");
    }
}
