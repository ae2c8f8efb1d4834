package com.telekpr.admin.api;

import com.telekpr.admin.application.lists.CustomerQueries;
import com.telekpr.admin.application.lists.CustomerView;
import com.telekpr.admin.application.lists.Page;
import com.telekpr.admin.domain.PageRequest;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The customers table (PRD §10.1), one customer with their orders, and the CSV export. */
@RolesAllowed("admin")
@Path("/api/admin/customers")
@Produces(MediaType.APPLICATION_JSON)
public class CustomersResource {
    private static final List<String> CSV_HEADER = List.of("profile_id", "owner", "first_name", "middle_name",
            "last_name", "email", "phone", "gender", "date_of_birth", "street_address", "apt_suite", "city", "state",
            "postal_code", "country", "telegram_username", "instagram_username", "registered_at", "deleted_at", "orders");

    private final CustomerQueries customers;

    CustomersResource(CustomerQueries customers) {
        this.customers = customers;
    }

    @GET
    @Operation(summary = "Customer profiles, paged (size ≤ 200), sorted (e.g. sort=lastName,asc), filtered",
            description = "Filters: user (the owner), deleted (true to include deleted ones), q (names, email, phone,"
                    + " usernames, profile id).")
    public Uni<Page<CustomerView>> list(@QueryParam("user") String user, @QueryParam("deleted") String deleted,
                                        @QueryParam("q") String text, @QueryParam("page") String page,
                                        @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return customers.list(filter(user, deleted, text),
                PageRequest.of(page, size, sort, CustomerQueries.SORTS.keySet(), "registeredAt,desc"));
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Every customer of the filter as CSV (UTF-8 with BOM, formula-safe)")
    public Multi<String> export(@QueryParam("user") String user, @QueryParam("deleted") String deleted,
                                @QueryParam("q") String text) {
        return CsvDownload.of("customers.csv", CSV_HEADER, customers.all(filter(user, deleted, text)).map(c -> Arrays.asList(
                c.profileId(), c.ownerUsername(), c.firstName(), c.middleName(), c.lastName(), c.email(), c.phone(),
                c.gender(), c.dateOfBirth(), c.streetAddress(), c.aptSuite(), c.city(), c.state(), c.postalCode(),
                c.country(), c.telegramUsername(), c.instagramUsername(), c.registeredAt(), c.deletedAt(), c.ordersCount())));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One customer profile with its latest orders")
    public Uni<CustomerQueries.CustomerDetail> one(@PathParam("id") String id) {
        return customers.one(RequestParams.uuid("id", id));
    }

    private static CustomerQueries.CustomerFilter filter(String user, String deleted, String text) {
        Boolean includeDeleted = AdminParams.bool("deleted", deleted);
        return new CustomerQueries.CustomerFilter(AdminParams.uuid("user", user), Boolean.TRUE.equals(includeDeleted),
                AdminParams.text(text));
    }
}
