package com.telekpr.auth;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import java.lang.reflect.Method;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Puts a service token on every call of a REST client to another TeleKpr service: register it on the client
 * ({@code @RegisterProvider(ServiceTokenFilter.class)}); the audience is the client's configKey, the callee's name.
 */
public class ServiceTokenFilter implements ClientRequestFilter {
    private static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";

    @Override
    public void filter(ClientRequestContext request) {
        Method invoked = (Method) request.getProperty(INVOKED_METHOD);
        RegisterRestClient client = invoked == null ? null : invoked.getDeclaringClass().getAnnotation(RegisterRestClient.class);
        if (client == null || client.configKey().isEmpty()) {
            throw new IllegalStateException("ServiceTokenFilter needs a @RegisterRestClient(configKey = <callee>) client");
        }
        String token = CDI.current().select(ServiceTokens.class).get().forAudience(client.configKey());
        request.getHeaders().putSingle("Authorization", "Bearer " + token);
    }
}
