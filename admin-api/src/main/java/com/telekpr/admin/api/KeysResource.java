package com.telekpr.admin.api;

import com.telekpr.admin.application.signin.SigningKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The public key staff tokens are signed with, as a JWKS: what other verifiers of staff tokens fetch. */
@Path("/api/admin/.well-known/jwks.json")
public class KeysResource {
    private final SigningKeys keys;

    KeysResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @PermitAll
    @Produces("application/jwk-set+json")
    @Operation(summary = "The staff tokens' signing key set (RFC 7517); public")
    public Map<String, Object> keys() {
        return keys.jwks();
    }
}
