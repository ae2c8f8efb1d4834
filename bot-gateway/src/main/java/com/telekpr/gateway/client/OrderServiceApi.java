package com.telekpr.gateway.client;

import com.telekpr.auth.ServiceTokenFilter;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import com.telekpr.gateway.domain.facts.OrderCard;
import com.telekpr.gateway.domain.facts.PackagePrice;
import com.telekpr.gateway.domain.facts.Page;
import com.telekpr.gateway.domain.facts.ProfileCard;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** What the bot reads from order-service, and the operator's moves (quarkus.rest-client.order-service.url). */
@RegisterProvider(ServiceTokenFilter.class)
@RegisterRestClient(configKey = "order-service")
public interface OrderServiceApi {
    String IDEMPOTENCY_KEY = "Idempotency-Key";

    @GET
    @Path("/profiles")
    Uni<Page<ProfileCard>> profiles(@QueryParam("userId") UUID userId, @QueryParam("size") int size);

    @GET
    @Path("/catalogue/prices")
    Uni<List<PackagePrice>> prices(@QueryParam("userId") UUID userId);

    @GET
    @Path("/orders")
    Uni<Page<OrderCard>> orders(@QueryParam("userId") UUID userId, @QueryParam("status") String status,
                                @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/orders/{orderId}")
    Uni<OrderCard> order(@PathParam("orderId") UUID orderId, @QueryParam("userId") UUID userId);

    @GET
    @Path("/queue")
    Uni<List<OrderCard>> queue(@QueryParam("size") int size);

    /** {status, actorId, operatorId, note}: the body of every operator move. */
    record Move(String status, UUID actorId, UUID operatorId, String note) {
    }

    /** The operator who takes the next waiting order. */
    record Take(UUID operatorId) {
    }

    // every move carries an Idempotency-Key derived from the Telegram update: a retry after a crash repeats nothing

    @POST
    @Path("/queue/take-next")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<OrderCard> takeNext(Take take, @HeaderParam(IDEMPOTENCY_KEY) String key);

    @PUT
    @Path("/orders/{orderId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<OrderCard> changeStatus(@PathParam("orderId") UUID orderId, Move move, @HeaderParam(IDEMPOTENCY_KEY) String key);

    @POST
    @Path("/orders/{orderId}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<OrderCard> assign(@PathParam("orderId") UUID orderId, Move move, @HeaderParam(IDEMPOTENCY_KEY) String key);

    @POST
    @Path("/orders/{orderId}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<OrderCard> addNote(@PathParam("orderId") UUID orderId, Move move, @HeaderParam(IDEMPOTENCY_KEY) String key);
}
