package com.telekpr.wallet.application;

import java.util.UUID;

public class UnknownAccountException extends RuntimeException {
    public UnknownAccountException(UUID userId) {
        super("no token account for user " + userId);
    }
}
