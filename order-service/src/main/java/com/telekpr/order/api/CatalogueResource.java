package com.telekpr.order.api;

import com.telekpr.auth.Callers;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.order.application.Catalogue;
import com.telekpr.order.application.CatalogueEntryView;
import com.telekpr.outbox.IdempotentRequests;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@RolesAllowed({Callers.BOT_GATEWAY, Callers.STAFF_ADMIN, Callers.STAFF_OPERATOR})
@Path("/catalogue")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {
    private final Catalogue catalogue;
    private final IdempotentRequests requests;

    CatalogueResource(Catalogue catalogue, IdempotentRequests requests) {
        this.catalogue = catalogue;
        this.requests = requests;
    }

    public record PriceView(String code, String name, int sitesCount, int price) {
    }

    public record EntryEdit(String name, Integer regularPrice, Integer subscriberPrice, Boolean active) {
    }

    @GET
    public Uni<List<CatalogueEntryView>> all() {
        return catalogue.all();
    }

    /** What {@code userId} pays now for each active entry (the subscriber price if subscribed). */
    @GET
    @Path("/prices")
    public Uni<List<PriceView>> pricesFor(@QueryParam("userId") String userId) {
        return catalogue.pricesFor(RequestParams.uuid("userId", userId)).map(prices -> prices.stream()
                .map(p -> new PriceView(p.entry().code(), p.entry().name(), p.entry().sitesCount(), p.price())).toList());
    }

    @RolesAllowed(Callers.STAFF_ADMIN)
    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<CatalogueEntryView> edit(@PathParam("code") String code, EntryEdit edit,
                                        @HeaderParam(IdempotentRequests.HEADER) String key) {
        if (edit == null || edit.regularPrice() == null || edit.subscriberPrice() == null) {
            throw new InvalidRequestException(edit == null || edit.regularPrice() == null ? "regularPrice"
                    : "subscriberPrice", "regularPrice and subscriberPrice are required");
        }
        return requests.once(key, "PUT /catalogue/" + code, edit, CatalogueEntryView.class, () -> catalogue.edit(code,
                edit.name(), edit.regularPrice(), edit.subscriberPrice(), edit.active() == null || edit.active()));
    }
}
