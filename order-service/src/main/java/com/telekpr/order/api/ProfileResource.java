package com.telekpr.order.api;

import com.telekpr.auth.Callers;
import com.telekpr.auth.StaffCaller;
import com.telekpr.outbox.IdempotentRequests;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.events.CustomerDetails;
import com.telekpr.order.application.ProfileDirectory;
import com.telekpr.order.application.ProfileView;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** Customer profiles; ?userId= limits every call to that user's own profiles (the bot always passes it). */
@RolesAllowed({Callers.BOT_GATEWAY, Callers.STAFF_ADMIN})
@Path("/profiles")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {
    private final ProfileDirectory directory;
    private final SecurityIdentity identity;
    private final IdempotentRequests requests;

    ProfileResource(ProfileDirectory directory, SecurityIdentity identity, IdempotentRequests requests) {
        this.directory = directory;
        this.identity = identity;
        this.requests = requests;
    }

    public record ProfilePageView(List<ProfileView> items, int page, int size, long total) {
    }

    public record PasswordView(String password) {
    }

    @GET
    public Uni<ProfilePageView> search(@QueryParam("userId") String userId, @QueryParam("q") String text,
                                       @QueryParam("page") @DefaultValue("0") String page,
                                       @QueryParam("size") @DefaultValue("20") String size) {
        return directory.search(Params.optionalUuid("userId", userId), text == null || text.isBlank() ? null : text.strip(),
                        RequestParams.page(page),
                        RequestParams.intBetween("size", size, 1, RequestParams.MAX_PAGE_SIZE))
                .map(result -> new ProfilePageView(result.items(), result.page(), result.size(), result.total()));
    }

    /** An admin creates a profile for a user: {userId, details, password | generatePassword}. */
    public record NewProfile(UUID userId, CustomerDetails details, String password, Boolean generatePassword) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ProfileView> create(NewProfile request) {
        if (request == null || request.userId() == null) {
            throw new InvalidRequestException("userId", "userId is required");
        }
        if (request.details() == null) {
            throw new InvalidRequestException("details", "details (the profile's fields) are required");
        }
        return directory.create(request.userId(), request.details(), request.password(),
                Boolean.TRUE.equals(request.generatePassword()));
    }

    @GET
    @Path("/{profileId}")
    public Uni<ProfileView> one(@PathParam("profileId") String profileId, @QueryParam("userId") String userId) {
        return directory.one(RequestParams.uuid("profileId", profileId), Params.optionalUuid("userId", userId));
    }

    /**
     * The one read that returns the password: for admins, or for an operator with an order of the profile assigned
     * to them (an operator's own token, or admin-api naming the operator with ?operatorId=).
     */
    @RolesAllowed({Callers.ADMIN_API, Callers.STAFF_ADMIN, Callers.STAFF_OPERATOR})
    @GET
    @Path("/{profileId}/password")
    public Uni<PasswordView> password(@PathParam("profileId") String profileId,
                                      @QueryParam("operatorId") String operatorId) {
        UUID onlyOperator = StaffCaller.onlyOperator(identity);
        return directory.password(RequestParams.uuid("profileId", profileId),
                onlyOperator != null ? onlyOperator : Params.optionalUuid("operatorId", operatorId)).map(PasswordView::new);
    }

    @PUT
    @Path("/{profileId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<ProfileView> update(@PathParam("profileId") String profileId, @QueryParam("userId") String userId,
                                   CustomerDetails details, @HeaderParam(IdempotentRequests.HEADER) String key) {
        if (details == null) {
            throw new InvalidRequestException(null, "a JSON body with the profile's fields is required");
        }
        UUID profile = RequestParams.uuid("profileId", profileId);
        UUID owner = Params.optionalUuid("userId", userId);
        return requests.once(key, "PUT /profiles/" + profile + "?userId=" + owner, details, ProfileView.class,
                () -> directory.update(profile, owner, details));
    }

    @DELETE
    @Path("/{profileId}")
    public Uni<Void> delete(@PathParam("profileId") String profileId, @QueryParam("userId") String userId,
                            @HeaderParam(IdempotentRequests.HEADER) String key) {
        UUID profile = RequestParams.uuid("profileId", profileId);
        UUID owner = Params.optionalUuid("userId", userId);
        return requests.once(key, "DELETE /profiles/" + profile + "?userId=" + owner, null, Void.class,
                () -> directory.delete(profile, owner));
    }
}
