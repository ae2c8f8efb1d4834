package com.telekpr.admin.application.lists;

import com.telekpr.admin.domain.PageRequest;
import com.telekpr.admin.store.Sql;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The customers table, one customer with their orders, and the customers export. */
@ApplicationScoped
public class CustomerQueries {
    public static final Map<String, String> SORTS = Map.of("registeredAt", "c.registered_at", "lastName",
            "lower(c.last_name)", "firstName", "lower(c.first_name)", "email", "lower(c.email)", "country", "c.country",
            "updatedAt", "c.details_at");

    private final Pool pool;
    private final OrderQueries orders;

    CustomerQueries(Pool pool, OrderQueries orders) {
        this.pool = pool;
        this.orders = orders;
    }

    /** What a customers list is narrowed to: the owner, deleted ones too or not, free text over names and contacts. */
    public record CustomerFilter(UUID userId, boolean includeDeleted, String text) {
    }

    public record CustomerDetail(CustomerView customer, Page<OrderSummary> orders) {
    }

    public Uni<Page<CustomerView>> list(CustomerFilter filter, PageRequest page) {
        ListQuery query = filtered(filter);
        Uni<List<CustomerView>> items = Sql.rows(pool, "select " + CustomerView.COLUMNS + CustomerView.FROM + query.where()
                + query.orderAndPage(SORTS.get(page.sort()), page, "c.profile_id"), query.pageParams(page))
                .map(rows -> Sql.list(rows, CustomerView::of));
        return Paging.withTotal(pool, items, "select count(*) as total" + CustomerView.FROM + query.where(),
                query.params(), page);
    }

    public Uni<CustomerDetail> one(UUID profileId) {
        Uni<CustomerView> customer = Sql.rows(pool, "select " + CustomerView.COLUMNS + CustomerView.FROM
                + " where c.profile_id = $1", profileId).map(rows -> {
                    if (rows.size() == 0) {
                        throw new NotFoundException("customer", profileId);
                    }
                    return CustomerView.of(rows.iterator().next());
                });
        Uni<Page<OrderSummary>> theirOrders = orders.list(
                OrderFilter.ofCustomerProfile(profileId),
                new PageRequest(0, 20, "placedAt", true));
        return Uni.combine().all().unis(customer, theirOrders).asTuple()
                .map(both -> new CustomerDetail(both.getItem1(), both.getItem2()));
    }

    /** Every customer the filter matches, in id order, each page read after the last one (see OrderQueries#all). */
    public Multi<CustomerView> all(CustomerFilter filter) {
        return Pages.walk(last -> {
            ListQuery query = filtered(filter);
            if (last != null) {
                query.and("c.profile_id > ?", last.profileId());
            }
            return Sql.rows(pool, "select " + CustomerView.COLUMNS + CustomerView.FROM + query.where()
                    + " order by c.profile_id limit " + PageRequest.MAX_SIZE, query.params())
                    .map(rows -> Sql.list(rows, CustomerView::of));
        });
    }

    private static ListQuery filtered(CustomerFilter filter) {
        ListQuery query = new ListQuery().and("c.details_at is not null");
        if (!filter.includeDeleted()) {
            query.and("c.deleted_at is null");
        }
        return query.where("c.user_id = ?", filter.userId())
                .matching(filter.text(), "c.first_name", "c.last_name", "c.email", "c.phone", "c.telegram_username",
                        "c.instagram_username", "u.username", "c.profile_id::text");
    }

}
