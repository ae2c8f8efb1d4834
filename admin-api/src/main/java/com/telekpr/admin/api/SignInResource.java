package com.telekpr.admin.api;

import com.telekpr.admin.application.signin.SessionRefresh;
import com.telekpr.admin.application.signin.SignedIn;
import com.telekpr.admin.application.signin.StaffSignIn;
import com.telekpr.admin.application.signin.StaffTokens;
import com.telekpr.admin.application.staff.SecondFactorEnrolment;
import com.telekpr.rest.InvalidRequestException;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Staff sign-in: a password login answers a staff token (for the Authorization header) and sets the refresh cookie,
 * which only /api/admin/session/* ever receives (httpOnly, Secure, SameSite=Strict).
 */
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class SignInResource {
    static final String COOKIE = "telekpr_session";
    private static final String COOKIE_PATH = "/api/admin/session";

    private final StaffSignIn signIn;
    private final SessionRefresh sessions;
    private final SecondFactorEnrolment secondFactors;
    private final ClientAddresses clients;
    private final JsonWebToken token;

    SignInResource(StaffSignIn signIn, SessionRefresh sessions, SecondFactorEnrolment secondFactors, ClientAddresses clients,
                   JsonWebToken token) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.secondFactors = secondFactors;
        this.clients = clients;
        this.token = token;
    }

    /** {@code totp} (6 digits) or {@code recoveryCode} only for an account with a second factor. */
    public record LoginRequest(String username, String password, String totp, String recoveryCode) {
    }

    /** {@code secondFactorSetupRequired}: the token may only enrol a second factor (POST /api/admin/session/totp). */
    public record LoginAnswer(boolean success, String token, String tokenType, long expiresIn, String username, String role,
                              boolean secondFactorSetupRequired) {
    }

    /** {@code secondFactor}: every login of this account asks for a code (or a recovery code). */
    public record Me(String accountId, String username, Set<String> roles, String telegramUserId, long expiresAt,
                     boolean secondFactor) {
    }

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Signs in with username and password (and totp or recoveryCode where the account has a second"
            + " factor): the staff token (15 min) and the refresh cookie; 401 on wrong credentials (error"
            + " second_factor_required when the code is missing), 429 with Retry-After after 5 failures in 15 minutes")
    public Uni<Response> login(LoginRequest request, @Context HttpServerRequest http) {
        if (request == null) {
            throw new InvalidRequestException(null, "the body needs username and password");
        }
        String username = required("username", request.username(), 64);
        String password = required("password", request.password(), 256);
        String totp = optional("totp", request.totp(), 6);
        String recoveryCode = optional("recoveryCode", request.recoveryCode(), 16);
        return signIn.logIn(new StaffSignIn.Credentials(username, password, totp, recoveryCode), clients.of(http))
                .map(SignInResource::signedIn);
    }

    @POST
    @Path("/session/refresh")
    @PermitAll
    @Operation(summary = "A new staff token for the refresh cookie, which is replaced; 401 when the session has ended")
    public Uni<Response> refresh(@CookieParam(COOKIE) String secret, @Context HttpServerRequest http) {
        return sessions.refresh(secret, clients.of(http)).map(SignInResource::signedIn);
    }

    @POST
    @Path("/session/logout")
    @PermitAll
    @Operation(summary = "Ends the refresh cookie's session at once and clears the cookie")
    public Uni<Response> logout(@CookieParam(COOKIE) String secret, @Context HttpServerRequest http) {
        return sessions.logOut(secret, clients.of(http)).map(done -> Response.noContent().cookie(cookie("", 0)).build());
    }

    @GET
    @Path("/session")
    @Authenticated
    @Operation(summary = "Who the staff token belongs to: account, name, roles, linked Telegram user, expiry, and"
            + " whether a second factor is in force")
    public Uni<Me> me() {
        return secondFactors.inForce(ClientAddresses.accountOf(token)).map(inForce -> new Me(token.getSubject(),
                token.getName(), token.getGroups(), token.getClaim(StaffTokens.TELEGRAM_USER), token.getExpirationTime(),
                inForce));
    }

    private static Response signedIn(SignedIn signedIn) {
        var answer = new LoginAnswer(true, signedIn.token(), "Bearer", signedIn.tokenLifetime().toSeconds(),
                signedIn.account().username(), signedIn.account().roleClaim(), signedIn.enrolling());
        return Response.ok(answer).header("Cache-Control", "no-store")
                .cookie(cookie(signedIn.sessionSecret(), (int) signedIn.sessionLifetime().toSeconds())).build();
    }

    /** The refresh cookie, which only /api/admin/session/* ever receives. */
    static NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(COOKIE).value(value).path(COOKIE_PATH).maxAge(maxAge).httpOnly(true).secure(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    private static String optional(String field, String value, int maxLength) {
        return value == null ? null : required(field, value, maxLength);
    }

    private static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidRequestException(field, "'" + field + "' is required");
        }
        if (value.length() > maxLength) {
            throw new InvalidRequestException(field, "'" + field + "' is longer than " + maxLength + " characters");
        }
        return value;
    }
}
