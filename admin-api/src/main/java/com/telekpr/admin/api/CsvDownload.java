package com.telekpr.admin.api;

import com.telekpr.admin.domain.CsvLine;
import io.smallrye.mutiny.Multi;
import java.util.List;
import org.jboss.resteasy.reactive.RestMulti;

/** A streamed CSV file: the BOM and header first, then each row as the list yields it, as an attachment. */
final class CsvDownload {
    private CsvDownload() {
    }

    static Multi<String> of(String fileName, List<String> header, Multi<? extends List<?>> rows) {
        return RestMulti.fromMultiData(Multi.createBy().concatenating().streams(
                        Multi.createFrom().item(CsvLine.BOM + CsvLine.of(header)), rows.map(CsvLine::of)))
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Content-Type", "text/csv; charset=UTF-8").build();
    }
}
