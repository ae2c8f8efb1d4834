package com.telekpr.order.application;

import com.telekpr.order.application.OrderQueries.OrderFilter;
import com.telekpr.order.domain.CsvRow;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * CSV exports (product.md §5.7, §10.1), streamed page by page so a large export never sits whole in memory.
 * Rows come from the same views the API answers with, which carry every exported column.
 */
@ApplicationScoped
public class CsvExport {
    static final int PAGE = 500;
    static final List<String> ORDER_COLUMNS = List.of("id", "user_id", "customer_profile_id", "package_type",
            "product_name", "sites_count", "email_confirmation", "token_cost", "status", "operator_id", "is_priority",
            "is_rerun", "subscriber_discount_applied", "notes", "created_at", "assigned_at", "completed_at");
    static final List<String> PROFILE_COLUMNS = List.of("id", "user_id", "first_name", "middle_name", "last_name",
            "email", "phone", "gender", "date_of_birth", "street_address", "apt_suite", "city", "state",
            "postal_code", "country", "telegram_username", "instagram_username", "created_at");

    private final OrderQueries orders;
    private final ProfileDirectory profiles;

    CsvExport(OrderQueries orders, ProfileDirectory profiles) {
        this.orders = orders;
        this.profiles = profiles;
    }

    public Multi<String> orders(OrderFilter filter) {
        return stream(ORDER_COLUMNS, page -> orders.search(filter, page, PAGE).map(OrderQueries.OrderPage::items),
                (OrderView o) -> List.of(o.id(), o.userId(), o.customerProfileId(), o.packageCode(), o.productName(),
                        o.sitesCount(), o.emailConfirmation(), o.tokenCost(), o.status(), nullable(o.operatorId()),
                        o.priority(), o.rerun(), o.subscriberDiscountApplied(), nullable(o.notes()), o.createdAt(),
                        nullable(o.assignedAt()), nullable(o.completedAt())));
    }

    public Multi<String> profiles() {
        return stream(PROFILE_COLUMNS, page -> profiles.search(null, null, page, PAGE)
                        .map(ProfileDirectory.ProfilePage::items),
                (ProfileView p) -> List.of(p.id(), p.userId(), p.firstName(), nullable(p.middleName()), p.lastName(),
                        nullable(p.email()), nullable(p.phone()), nullable(p.gender()), nullable(p.dateOfBirth()),
                        nullable(p.streetAddress()), nullable(p.aptSuite()), nullable(p.city()), nullable(p.state()),
                        nullable(p.postalCode()), p.country(), nullable(p.telegramUsername()),
                        nullable(p.instagramUsername()), p.createdAt()));
    }

    private static <T> Multi<String> stream(List<String> header, IntFunction<Uni<List<T>>> page,
                                            Function<T, List<Object>> cells) {
        Multi<String> rows = Multi.createBy().repeating()
                .uni(AtomicInteger::new, next -> page.apply(next.getAndIncrement()))
                .whilst(items -> items.size() == PAGE)
                .onItem().<T>disjoint()
                .map(item -> CsvRow.of(cells.apply(item)));
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(CsvRow.of(header)), rows);
    }

    /** List.of refuses nulls; an empty cell is what a missing value looks like in CSV. */
    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }
}
