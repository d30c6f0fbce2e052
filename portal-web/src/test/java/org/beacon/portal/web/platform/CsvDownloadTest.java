package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.beacon.portal.platform.Csv;
import org.junit.jupiter.api.Test;
import org.primefaces.model.StreamedContent;

/** Every console CSV download (subscribers, inquiries, attendees, the audit log) goes out through CsvDownload. */
class CsvDownloadTest {

    @Test
    void aDownloadHoldsEveryRowOfAnExportThatDoesNotFlushItself() throws Exception {
        // As the attendee export wrote: rows into the writer, no flush of its own; 289 rows of about 100 bytes, more
        // than the writer's buffer.
        StreamedContent download = CsvDownload.of("attendees-7", out -> {
            out.write(Csv.line("Name", "Email", "Organisation", "Access needs", "Status", "Registered"));
            for (int i = 1; i <= 289; i++) {
                out.write(Csv.line("Attendee " + i, "attendee" + i + "@example.org", "Primary school number " + i, "Ramp access",
                        "CONFIRMED", "2026-12-03T07:00:00Z"));
            }
        });
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        download.getWriter().accept(response);

        String csv = response.toString(StandardCharsets.UTF_8);
        assertThat(csv.length()).isGreaterThan(24_576);
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(289);
        assertThat(rows.get(288).get("Email")).isEqualTo("attendee289@example.org");
        assertThat(rows.get(288).get("Registered")).isEqualTo("2026-12-03T07:00:00Z");
        assertThat(download.getName()).startsWith("attendees-7-").endsWith(".csv");
    }
}
