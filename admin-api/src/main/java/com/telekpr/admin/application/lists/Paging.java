package com.telekpr.admin.application.lists;

import com.telekpr.admin.domain.PageRequest;
import com.telekpr.admin.store.Sql;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import java.util.List;

/** A page's items joined with the count of everything the filter matches. */
final class Paging {
    private Paging() {
    }

    static <T> Uni<Page<T>> withTotal(Pool pool, Uni<List<T>> items, String countSql, Object[] params, PageRequest page) {
        Uni<Long> total = Sql.rows(pool, countSql, params).map(rows -> rows.iterator().next().getLong("total"));
        return Uni.combine().all().unis(items, total).asTuple().map(both -> new Page<>(both.getItem1(), page.page(),
                page.size(), both.getItem2(), page.sort() + (page.descending() ? ",desc" : ",asc")));
    }
}
