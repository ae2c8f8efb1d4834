package com.telekpr.admin.application.rebuild;

/** A rebuild was asked for while one runs: answered 409 with the running one's progress. */
public class RebuildRunningException extends RuntimeException {
    private final RebuildStatus status;

    public RebuildRunningException(RebuildStatus status) {
        super(status.running() ? "a rebuild is running since " + status.startedAt() + "; follow it at GET /api/admin/projections"
                : "a rebuild is running on another replica of admin-api");
        this.status = status;
    }

    public RebuildStatus status() {
        return status;
    }
}
