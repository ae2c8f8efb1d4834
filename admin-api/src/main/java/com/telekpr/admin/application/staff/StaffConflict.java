package com.telekpr.admin.application.staff;

/** A staff account change that contradicts the accounts as they are (a taken name, disabling oneself): 409. */
public class StaffConflict extends RuntimeException {
    public StaffConflict(String message) {
        super(message);
    }
}
