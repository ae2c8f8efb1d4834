package com.telekpr.admin.api;

import com.telekpr.admin.application.lists.Page;
import com.telekpr.admin.application.lists.UserFilter;
import com.telekpr.admin.application.lists.UserQueries;
import com.telekpr.admin.application.lists.UserSummary;
import com.telekpr.admin.domain.PageRequest;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The users table (PRD §3.4.3) and one user's page. */
@RolesAllowed("admin")
@Path("/api/admin/users")
@Produces(MediaType.APPLICATION_JSON)
public class UsersResource {
    private final UserQueries users;

    UsersResource(UserQueries users) {
        this.users = users;
    }

    @GET
    @Operation(summary = "Telegram users, paged (size ≤ 200), sorted (e.g. sort=firstSeen,desc), filtered",
            description = "Filters: role (admin, operator), suspended, blocked, subscriber, q (username, name,"
                    + " Telegram id, user id).")
    public Uni<Page<UserSummary>> list(@QueryParam("role") String role, @QueryParam("suspended") String suspended,
                                       @QueryParam("blocked") String blocked, @QueryParam("subscriber") String subscriber,
                                       @QueryParam("q") String text, @QueryParam("page") String page,
                                       @QueryParam("size") String size, @QueryParam("sort") String sort) {
        var filter = new UserFilter(AdminParams.oneOf("role", role, Set.of("admin", "operator")),
                AdminParams.bool("suspended", suspended), AdminParams.bool("blocked", blocked),
                AdminParams.bool("subscriber", subscriber), AdminParams.text(text));
        return users.list(filter, PageRequest.of(page, size, sort, UserQueries.SORTS.keySet(), "firstSeen,desc"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One user: profile, a page of their ledger (ledgerPage, ledgerSize), latest orders,"
            + " latest activity")
    public Uni<UserQueries.UserDetail> one(@PathParam("id") String id, @QueryParam("ledgerPage") String ledgerPage,
                                           @QueryParam("ledgerSize") String ledgerSize) {
        PageRequest ledger;
        try {
            ledger = PageRequest.of(ledgerPage, ledgerSize, null, Set.of("at"), "at,desc");
        } catch (PageRequest.InvalidParameter e) {
            String name = "ledger" + Character.toUpperCase(e.parameter().charAt(0)) + e.parameter().substring(1);
            throw new PageRequest.InvalidParameter(name, e.getMessage().replaceFirst(e.parameter(), name));
        }
        return users.one(RequestParams.uuid("id", id), ledger);
    }
}
