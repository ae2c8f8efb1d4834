package com.telekpr.admin.api;

import com.telekpr.admin.application.signin.SignInConfig;
import com.telekpr.admin.application.signin.SignInRefused;
import com.telekpr.admin.application.signin.TelegramSignIn;
import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Log in with Telegram: quarkus-oidc's "telegram" tenant (a web app: Authorization Code with PKCE against Telegram's
 * OpenID Connect provider, its id token checked against the provider's keys, issuer, this bot as audience, expiry)
 * guards this path; once it has, the person behind the token gets the panel's refresh cookie if the bot knows them as
 * an admin or operator. No token travels in the URL: the panel asks /api/admin/session/refresh for one.
 */
@Path("/api/admin/login/telegram")
public class TelegramLoginResource {
    private final TelegramSignIn signIn;
    private final ClientAddresses clients;
    private final SignInConfig config;
    private final OidcSession oidcSession;
    /** Field-injected: quarkus-oidc's @IdToken qualifier applies to fields and methods, not to parameters. */
    @Inject
    @IdToken
    JsonWebToken idToken;

    TelegramLoginResource(TelegramSignIn signIn, ClientAddresses clients, SignInConfig config, OidcSession oidcSession) {
        this.signIn = signIn;
        this.clients = clients;
        this.config = config;
        this.oidcSession = oidcSession;
    }

    @GET
    @Authenticated
    @Operation(summary = "Starts a Telegram login in the browser: to Telegram and back (to /callback), then to the"
            + " panel with the refresh cookie; a customer lands there with ?login=refused&error=not_staff")
    public Uni<Response> login(@Context HttpServerRequest http) {
        return complete(http);
    }

    /** Where Telegram sends the browser back: quarkus-oidc exchanges the code (with the PKCE verifier) first. */
    @GET
    @Path("/callback")
    @Authenticated
    @Operation(summary = "Telegram's redirect back (code and state); ends the login as the start does")
    public Uni<Response> callback(@Context HttpServerRequest http) {
        return complete(http);
    }

    private Uni<Response> complete(HttpServerRequest http) {
        long telegramId = Long.parseLong(idToken.getSubject());
        // quarkus-oidc's own session cookie is not needed past this: the panel's session is ours
        return signIn.logIn(telegramId, clients.of(http)).call(signedIn -> oidcSession.logout())
                .map(signedIn -> Response.seeOther(URI.create(config.telegramLanding())).header("Cache-Control", "no-store")
                        .cookie(SignInResource.cookie(signedIn.sessionSecret(), (int) signedIn.sessionLifetime().toSeconds()))
                        .build())
                .onFailure(SignInRefused.class).recoverWithUni(refused -> oidcSession.logout()
                        .map(done -> Response.seeOther(URI.create(config.telegramLanding() + "?login=refused&error="
                                + URLEncoder.encode(((SignInRefused) refused).error(), StandardCharsets.UTF_8))).build()));
    }
}
