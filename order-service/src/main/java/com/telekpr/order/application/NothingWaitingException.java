package com.telekpr.order.application;

/** Take next with no order waiting in the queue. */
public class NothingWaitingException extends RuntimeException {
    public NothingWaitingException() {
        super("no order is waiting in the queue");
    }
}
