package com.telekpr.notification.domain;

import java.util.Set;
import java.util.stream.Collectors;

/** A broadcast asked to do what its status does not allow, e.g. to be sent twice. The API answers 409. */
public class IllegalTransitionException extends RuntimeException {
    public IllegalTransitionException(String action, BroadcastStatus current, Set<BroadcastStatus> allowedFrom) {
        super("a " + current.storedName() + " broadcast cannot be " + action + "; only a broadcast that is "
                + allowedFrom.stream().map(BroadcastStatus::storedName).sorted().collect(Collectors.joining(" or "))
                + " can");
    }
}
