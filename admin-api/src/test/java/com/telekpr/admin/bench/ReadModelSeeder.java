package com.telekpr.admin.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills admin's read models straight in SQL with a year of business — by default 100,000 users and
 * 1,000,000 orders — and the pre-summed tables that go with them, as if that many events had been
 * projected. For benchmarks; run alone with
 * {@code java -cp … com.telekpr.admin.bench.ReadModelSeeder <jdbc-url> <user> <password> [users] [orders]}.
 */
public final class ReadModelSeeder {
    private static final String[] PACKAGES = {"SITES_50", "SITES_100", "SITES_250", "SITES_550", "SITES_1500"};

    private ReadModelSeeder() {
    }

    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            int users = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
            int orders = args.length > 4 ? Integer.parseInt(args[4]) : 1_000_000;
            long started = System.nanoTime();
            seed(connection, users, orders);
            System.out.printf("seeded %,d users and %,d orders in %.1f s%n", users, orders, (System.nanoTime() - started) / 1e9);
        }
    }

    /** Replaces whatever the read models hold with the generated year; every total matches its rows. */
    public static void seed(Connection connection, int users, int orders) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("set search_path to admin");
            sql.execute("truncate users, user_activity, customers, orders, order_totals, order_history, payments,"
                    + " ledger_lines, subscriptions, broadcasts, catalogue, catalogue_version, user_timeline, quarter_totals,"
                    + " package_quarters");
            sql.execute("insert into catalogue (code, position, name, sites_count, regular_price, subscriber_price, active)"
                    + " select code, i, replace(substr(code, 7), '_', '') || ' sites', substr(code, 7)::int,"
                    + " substr(code, 7)::int, substr(code, 7)::int * 8 / 10, true"
                    + " from unnest(array['" + String.join("','", PACKAGES) + "']) with ordinality as p(code, i)");
            // users registered evenly over the last year; every fourth subscribed; activity once a month
            sql.execute("insert into users (user_id, telegram_id, chat_id, username, full_name, language, registered_at,"
                    + " profile_at, last_active, balance, subscription_type, subscription_expires_at)"
                    + " select md5('u' || i)::uuid, 1000000 + i, 1000000 + i, 'user' || i, 'User ' || i, 'en',"
                    + " now() - interval '365 days' + i * (interval '365 days' / " + users + "),"
                    + " now() - interval '365 days' + i * (interval '365 days' / " + users + "),"
                    + " current_date - (i % 45), (i * 37) % 1000, case when i % 4 = 0 then 'premium' end,"
                    + " case when i % 4 = 0 then now() + interval '10 days' end from generate_series(1, " + users + ") i");
            sql.execute("insert into user_activity (user_id, day, active_at) select md5('u' || i)::uuid, d::date,"
                    + " d + interval '9 hours' from generate_series(1, " + users + ") i,"
                    + " generate_series(current_date - 360 + (i % 30), current_date, interval '30 days') d");
            sql.execute("insert into customers (profile_id, user_id, first_name, last_name, email, phone, country,"
                    + " details_at, registered_at) select md5('c' || i)::uuid, md5('u' || i)::uuid, 'First' || i,"
                    + " 'Last' || i, 'c' || i || '@example.com', '+1555' || i, 'US', u.registered_at, u.registered_at"
                    + " from generate_series(1, " + users + ") i join users u on u.user_id = md5('u' || i)::uuid");
            orders(sql, users, orders);
            payments(sql, users);
            totals(sql);
            sql.execute("vacuum analyze");  // what autovacuum does after a bulk load: index-only scans can count
        }
    }

    /** Orders placed evenly over the year: 5% pending, 2% processing, 3% cancelled, 2% rejected, 1% awaiting, the rest completed. */
    private static void orders(Statement sql, int users, int orders) throws SQLException {
        sql.execute("insert into orders (order_id, user_id, customer_profile_id, package_code, package_name, sites_count,"
                + " email_confirmation, token_cost, subscriber_discount, priority, rerun, status, status_rank, reached_queue,"
                + " queue_position, operator_id, placed_at, queued_at, processing_at, assigned_at, completed_at,"
                + " cancelled_at, rejected_at)"
                + " select md5('o' || i)::uuid, md5('u' || (i % " + users + " + 1))::uuid,"
                + " md5('c' || (i % " + users + " + 1))::uuid, p.code, p.name, p.sites_count, i % 3 = 0, p.regular_price,"
                + " false, i % 4 = 0, i % 10 = 0, s.status, s.rank, s.status not in ('rejected', 'awaiting_tokens'),"
                + " case when s.status = 'pending' then i / 20 end, case when s.status = 'completed' then md5('u1')::uuid end,"
                + " t, t + interval '1 second', case when s.status in ('processing', 'completed') then t + interval '40 minutes' end,"
                + " case when s.status = 'completed' then t + interval '50 minutes' end,"
                + " case when s.status = 'completed' then t + interval '2 hours' end,"
                + " case when s.status = 'cancelled' then t + interval '10 minutes' end,"
                + " case when s.status = 'rejected' then t + interval '1 second' end"
                + " from generate_series(1, " + orders + ") i"
                + " cross join lateral (select now() - interval '365 days' + i * (interval '365 days' / " + orders + ") as t) time"
                + " join catalogue p on p.position = i % 5 + 1"
                + " cross join lateral (select case when i % 100 < 5 then 'pending' when i % 100 < 7 then 'processing'"
                + "   when i % 100 < 10 then 'cancelled' when i % 100 < 12 then 'rejected' when i % 100 < 13 then 'awaiting_tokens'"
                + "   else 'completed' end as status) st"
                + " cross join lateral (select st.status, case st.status when 'awaiting_tokens' then 0 when 'pending' then 1"
                + "   when 'processing' then 2 else 4 end::smallint as rank) s");
        sql.execute("update users u set orders_count = o.n, tokens_spent = o.tokens from (select user_id, count(*) as n,"
                + " coalesce(sum(token_cost) filter (where reached_queue and status <> 'cancelled'), 0) as tokens from orders group by user_id) o"
                + " where o.user_id = u.user_id");
    }

    /** Two paid purchases per user, a tenth of them also an expired link. */
    private static void payments(Statement sql, int users) throws SQLException {
        sql.execute("insert into payments (payment_id, user_id, status, status_rank, track_id, tokens, amount_usd, created_at,"
                + " confirmed_at, closed_at) select md5('p' || i || '-' || k)::uuid, md5('u' || i)::uuid,"
                + " case when k = 3 then 'expired' else 'paid' end, case when k = 3 then 2 else 3 end, 'T' || i || '-' || k,"
                + " 250 * k, 25.00 * k, u.registered_at + k * interval '1 hour', case when k < 3 then u.registered_at"
                + " + k * interval '1 hour' + interval '5 minutes' end, u.registered_at + k * interval '1 hour' + interval '5 minutes'"
                + " from generate_series(1, " + users + ") i join users u on u.user_id = md5('u' || i)::uuid,"
                + " generate_series(1, 3) k where k < 3 or i % 10 = 0");
        sql.execute("update users u set usd_paid = p.usd from (select user_id, sum(amount_usd) as usd from payments"
                + " where status = 'paid' group by user_id) p where p.user_id = u.user_id");
    }

    /** The pre-summed tables, from the rows just made, exactly as projection would have summed them. */
    private static void totals(Statement sql) throws SQLException {
        String quarter = "to_timestamp(floor(extract(epoch from %s) / 900) * 900)";
        sql.execute("insert into order_totals (status, reached_queue, orders, tokens) select status, reached_queue, count(*),"
                + " sum(token_cost) from orders group by status, reached_queue");
        sql.execute("insert into quarter_totals (bucket, revenue_usd, orders_placed, orders_completed, orders_cancelled,"
                + " new_users, new_subscribers) select bucket, sum(revenue), sum(placed), sum(completed), sum(cancelled),"
                + " sum(registered), 0 from ("
                + " select " + quarter.formatted("confirmed_at") + " as bucket, amount_usd as revenue, 0 as placed, 0 as completed,"
                + "   0 as cancelled, 0 as registered from payments where confirmed_at is not null"
                + " union all select " + quarter.formatted("placed_at") + ", 0, 1, 0, 0, 0 from orders"
                + " union all select " + quarter.formatted("completed_at") + ", 0, 0, 1, 0, 0 from orders where completed_at is not null"
                + " union all select " + quarter.formatted("cancelled_at") + ", 0, 0, 0, 1, 0 from orders where cancelled_at is not null"
                + " union all select " + quarter.formatted("registered_at") + ", 0, 0, 0, 0, 1 from users) e group by bucket");
        sql.execute("insert into package_quarters (bucket, package_code, orders, tokens) select "
                + quarter.formatted("queued_at") + ", package_code, count(*), sum(token_cost) from orders"
                + " where reached_queue group by 1, 2");
    }
}
