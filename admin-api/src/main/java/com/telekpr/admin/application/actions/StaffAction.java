package com.telekpr.admin.application.actions;

import java.util.Map;

/**
 * One staff action as the audit log names it: what ({@code name}, e.g. order.status), on what ({@code target},
 * e.g. order:&lt;id&gt;), with which parameters (never a secret), and the target as the projection showed it before.
 * {@code secretAnswer}: the owner's answer is a secret (a revealed password) and stays out of the log.
 */
public record StaffAction(String name, String target, Map<String, Object> parameters, Object before, boolean secretAnswer) {

    public StaffAction(String name, String target, Map<String, Object> parameters, Object before) {
        this(name, target, parameters, before, false);
    }
}
