package com.telekpr.wallet.domain;

/** A change that would take a balance below zero, which no balance ever is. */
public class InsufficientBalanceException extends RuntimeException {
    private final int balance;
    private final int change;

    public InsufficientBalanceException(int balance, int change) {
        super("the balance is " + balance + " tokens; a change of " + change + " would make it negative");
        this.balance = balance;
        this.change = change;
    }

    public int balance() {
        return balance;
    }

    public int change() {
        return change;
    }
}
