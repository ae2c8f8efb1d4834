package com.telekpr.wallet.api;

import com.telekpr.auth.Callers;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.wallet.application.LedgerVerifier;
import com.telekpr.wallet.application.LedgerVerifier.Report;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@RolesAllowed({Callers.STAFF_ADMIN, Callers.ADMIN_API})
@Path("/ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {
    private final LedgerVerifier verifier;

    LedgerResource(LedgerVerifier verifier) {
        this.verifier = verifier;
    }

    /** For every account: does the balance equal the sum of its entries, and does each balance_after chain? */
    @GET
    @Path("/verification")
    public Uni<Report> verify() {
        return verifier.verify();
    }
}
