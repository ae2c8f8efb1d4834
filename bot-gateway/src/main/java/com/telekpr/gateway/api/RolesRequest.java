package com.telekpr.gateway.api;

/** PUT /users/{id}/roles: both flags, stated explicitly. */
public record RolesRequest(Boolean admin, Boolean operator) {
}
