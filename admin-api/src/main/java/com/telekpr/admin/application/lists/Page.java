package com.telekpr.admin.application.lists;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total the filter matches. */
public record Page<T>(List<T> items,
                      @Schema(description = "0-based page number") int page,
                      @Schema(description = "Page size asked for, at most 200") int size,
                      @Schema(description = "How many items the filter matches on all pages") long total,
                      @Schema(description = "The sort applied, e.g. placedAt,desc") String sort) {
}
