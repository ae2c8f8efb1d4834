package com.telekpr.admin.api;

import com.telekpr.admin.application.lists.OrderFilter;
import com.telekpr.admin.application.lists.OrderQueries;
import com.telekpr.admin.application.lists.NotFoundException;
import com.telekpr.admin.application.lists.OrderSummary;
import com.telekpr.admin.application.lists.Page;
import com.telekpr.admin.domain.PageRequest;
import com.telekpr.rest.InvalidRequestException;
import com.telekpr.rest.RequestParams;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The orders table (PRD §3.4.2): filtered, sorted, paged; one order with its history; the CSV export. */
@RolesAllowed({"admin", "operator"})
@Path("/api/admin/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrdersResource {
    private static final List<String> CSV_HEADER = List.of("order_id", "status", "placed_at", "username", "customer",
            "email", "package", "sites", "email_confirmation", "tokens", "priority", "rerun", "queue_position",
            "operator", "completed_at", "cancelled_at", "reason");

    private final OrderQueries orders;
    private final JsonWebToken token;

    OrdersResource(OrderQueries orders, JsonWebToken token) {
        this.orders = orders;
        this.token = token;
    }

    /** The filter of the orders list and export. */
    public static class FilterParams {
        @QueryParam("status") String status;
        @QueryParam("operator") String operator;
        @QueryParam("user") String user;
        @QueryParam("package") String packageCode;
        @QueryParam("priority") String priority;
        @QueryParam("from") String from;
        @QueryParam("to") String to;
        @QueryParam("tz") String tz;
        @QueryParam("q") String text;
        @QueryParam("archived") String archived;

        OrderFilter filter(UUID visibleToOperator) {
            AdminParams.Window placed = AdminParams.window(from, to, tz);
            return new OrderFilter(AdminParams.orderStatus(status), AdminParams.uuid("operator", operator),
                    AdminParams.uuid("user", user), null, packageCode == null || packageCode.isBlank() ? null
                    : packageCode.strip(), AdminParams.bool("priority", priority), placed.from(), placed.to(),
                    AdminParams.text(text), visibleToOperator, archived(archived));
        }
    }

    /** exclude (the default: archived orders are left out), include, or only. */
    private static OrderFilter.Archived archived(String value) {
        if (value == null || value.isBlank()) {
            return OrderFilter.Archived.EXCLUDE;
        }
        return switch (value.strip()) {
            case "exclude" -> OrderFilter.Archived.EXCLUDE;
            case "include" -> OrderFilter.Archived.INCLUDE;
            case "only" -> OrderFilter.Archived.ONLY;
            default -> throw new InvalidRequestException("archived", "archived must be exclude, include or only");
        };
    }

    @GET
    @Operation(summary = "Orders, paged (size ≤ 200), sorted (e.g. sort=placedAt,desc), filtered; an operator sees those waiting and their own",
            description = "Filters: status, operator, user, package, priority, from/to (placed; dates in tz or"
                    + " instants), q (order id, username, customer name or email, package code), archived (exclude, the default;"
                    + " include; only).")
    public Uni<Page<OrderSummary>> list(@BeanParam FilterParams filter, @QueryParam("page") String page,
                                        @QueryParam("size") String size, @QueryParam("sort") String sort) {
        return orders.list(filter.filter(StaffViewer.operatorScope(token)), PageRequest.of(page, size, sort, OrderQueries.SORTS.keySet(), "placedAt,desc"));
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @Operation(summary = "Every order of the filter as CSV (UTF-8 with BOM, formula-safe), newest first")
    public Multi<String> export(@BeanParam FilterParams filter) {
        return CsvDownload.of("orders.csv", CSV_HEADER, orders.all(filter.filter(StaffViewer.operatorScope(token))).map(order -> Arrays.asList(order.orderId(),
                order.status(), order.placedAt(), order.username(), order.customerName(), order.customerEmail(),
                order.packageName(), order.sitesCount(), order.emailConfirmation(), order.tokenCost(), order.priority(),
                order.rerun(), order.queuePosition(), order.operatorUsername(), order.completedAt(),
                order.cancelledAt(), order.reason())));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One order with every step of its history (an operator: one waiting, or assigned to them)")
    public Uni<OrderQueries.OrderDetail> one(@PathParam("id") String id) {
        UUID orderId = RequestParams.uuid("id", id);
        UUID operator = StaffViewer.operatorScope(token);
        return orders.one(orderId).invoke(detail -> {
            if (operator != null && !"pending".equals(detail.order().status()) && !operator.equals(detail.order().operatorId())) {
                throw new NotFoundException("order", orderId);
            }
        });
    }
}
