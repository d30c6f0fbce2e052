package org.beacon.portal.web.platform;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.beacon.portal.platform.PortalSettings;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A CSV download for {@code p:fileDownload}, written straight into the response as a service produces it. */
public final class CsvDownload {

    /** What writes the CSV (a service's export method). */
    @FunctionalInterface
    public interface Export extends Serializable {
        void writeTo(Writer out) throws IOException;
    }

    private CsvDownload() {
    }

    /** {@code name-2026-11-28.csv}, dated in Sydney. */
    public static StreamedContent of(String name, Export export) {
        return DefaultStreamedContent.builder()
                .name(name + "-" + LocalDate.now(PortalSettings.ORGANISATION_ZONE) + ".csv")
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        export.writeTo(csv);
                        // Here, once for every export: the writer buffers, and a download cut off at its last
                        // buffer's edge (24,576 bytes of an attendee list) is what an export that forgot it gave.
                        csv.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }
}
