package com.telekpr.order.api;

import com.telekpr.auth.Callers;
import jakarta.annotation.security.RolesAllowed;
import com.telekpr.order.application.CsvExport;
import com.telekpr.order.application.OrderQueries.OrderFilter;
import io.smallrye.mutiny.Multi;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import org.jboss.resteasy.reactive.ResponseHeader;

/** Spreadsheet-safe CSV downloads, streamed. */
@RolesAllowed(Callers.STAFF_ADMIN)
@Path("/export")
@Produces("text/csv")
public class ExportResource {
    private final CsvExport export;

    ExportResource(CsvExport export) {
        this.export = export;
    }

    @GET
    @Path("/orders.csv")
    @ResponseHeader(name = "Content-Disposition", value = "attachment; filename=\"orders.csv\"")
    public Multi<String> orders(@QueryParam("userId") String userId, @QueryParam("status") String status,
                                @QueryParam("from") String from, @QueryParam("to") String to) {
        return export.orders(new OrderFilter(Params.optionalUuid("userId", userId),
                Params.optionalStatus("status", status),
                null, Params.optionalInstant("from", from), Params.optionalInstant("to", to), null));
    }

    @GET
    @Path("/customers.csv")
    @ResponseHeader(name = "Content-Disposition", value = "attachment; filename=\"customers.csv\"")
    public Multi<String> customers() {
        return export.profiles();
    }
}
