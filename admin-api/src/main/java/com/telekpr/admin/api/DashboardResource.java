package com.telekpr.admin.api;

import com.telekpr.admin.application.dashboard.DashboardStats;
import com.telekpr.admin.application.dashboard.Performance;
import com.telekpr.admin.application.dashboard.PerformanceQueries;
import com.telekpr.admin.application.dashboard.StatsQueries;
import com.telekpr.admin.application.dashboard.TrendQueries;
import com.telekpr.admin.application.dashboard.Trends;
import com.telekpr.admin.domain.TrendBuckets.Granularity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The dashboard's figures and charts (PRD §3.4.1, §10.1), from admin's own read models only. */
@RolesAllowed("admin")
@Path("/api/admin")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    private final StatsQueries stats;
    private final TrendQueries trends;
    private final PerformanceQueries performance;

    DashboardResource(StatsQueries stats, TrendQueries trends, PerformanceQueries performance) {
        this.stats = stats;
        this.trends = trends;
        this.performance = performance;
    }

    @GET
    @Path("/stats")
    @Operation(summary = "The dashboard's figures", description = "Definitions in each field's description (PRD §9.1).")
    public Uni<DashboardStats> stats(@Parameter(description = "IANA zone of 'this month', default UTC", example = "Europe/Berlin")
                                     @QueryParam("tz") String tz) {
        return stats.stats(AdminParams.zone(tz));
    }

    @GET
    @Path("/analytics/trends")
    @Operation(summary = "Revenue, orders, users and subscribers per day, week or month; package popularity",
            description = "Periods are local days, ISO weeks (from Monday) or months of tz, from the one holding"
                    + " 'from' to the one holding 'to', every one present (zeros when empty). Default: the last 30 days.")
    public Uni<Trends> trends(@Parameter(example = "2026-11-01") @QueryParam("from") String from,
                              @Parameter(example = "2026-11-30") @QueryParam("to") String to,
                              @Parameter(description = "day (default), week or month") @QueryParam("granularity") String granularity,
                              @Parameter(example = "Europe/Berlin") @QueryParam("tz") String tz) {
        ZoneId zone = AdminParams.zone(tz);
        LocalDate today = LocalDate.now(zone);
        LocalDate last = AdminParams.date("to", to, today);
        LocalDate first = AdminParams.date("from", from, last.minusDays(29));
        AdminParams.range(first, last);
        Granularity period = granularity == null || granularity.isBlank() ? Granularity.DAY : Granularity.parse(granularity);
        return trends.trends(first, last, period, zone);
    }

    @GET
    @Path("/analytics/performance")
    @Operation(summary = "Completion, processing and queue times, operators' work, payment success, cancellations")
    public Uni<Performance> performance() {
        return performance.performance();
    }
}
