package com.telekpr.notification.client;

import com.telekpr.auth.ServiceTokenFilter;
import com.telekpr.outbox.PersonalKeys;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** order-service's keys of sealed profile fields: the name in "Customer profile saved: …". */
@RegisterRestClient(configKey = "order-service")
@RegisterProvider(ServiceTokenFilter.class)
@Path("/personal-keys")
public interface OrderServiceKeys {

    @GET
    @Path("/{userId}")
    Uni<PersonalKeys.Published> get(@PathParam("userId") UUID user);
}
