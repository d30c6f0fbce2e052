package org.beacon.portal.subscriber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvUploadTest {

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeading() {
        CsvUpload.Scan scan = CsvUpload.scan("\uFEFFemail,first name\r\nann@example.org,Ann\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(scan.header()).containsExactly("email", "first name");
        assertThat(scan.rows()).isEqualTo(1);
    }

    @Test
    void windows1252BytesAreReadAsWindows1252() {
        byte[] content = "email,name\nzoe@example.org,Zo\u00eb M\u00fcller\n".getBytes(CsvUpload.WINDOWS_1252);
        CsvUpload.Scan scan = CsvUpload.scan(content);
        assertThat(scan.charset()).isEqualTo(CsvUpload.WINDOWS_1252);
        assertThat(scan.firstRows().get(0)).containsExactly("zoe@example.org", "Zo\u00eb M\u00fcller");
    }

    @Test
    void quotedCellsMayHoldCommasAndLineBreaks() {
        CsvUpload.Scan scan = CsvUpload.scan("email,name\n\"a@example.org\",\"Smith, Jo\nsecond line\"\n".getBytes(StandardCharsets.UTF_8));
        assertThat(scan.firstRows().get(0)).containsExactly("a@example.org", "Smith, Jo\nsecond line");
    }

    @Test
    void brokenFilesAreRefusedWholeWithAReason() {
        assertThatThrownBy(() -> CsvUpload.scan(new byte[0])).hasMessage("The file is empty.");
        assertThatThrownBy(() -> CsvUpload.scan("  \n\n".getBytes(StandardCharsets.UTF_8))).hasMessage("The file is empty.");
        assertThatThrownBy(() -> CsvUpload.scan("email\n".getBytes(StandardCharsets.UTF_8))).hasMessageContaining("no subscribers");
        assertThatThrownBy(() -> CsvUpload.scan(new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 3}))
                .hasMessageContaining("not a CSV file");
        assertThatThrownBy(() -> CsvUpload.scan("email,name\na@example.org,\"unclosed\nb@example.org,B\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("never closed").hasMessageContaining("Nothing was imported");
    }

    @Test
    void aTenMegabyteLineIsReadAsOneRowForTheRowRulesToRefuse() {
        String huge = "x".repeat(10 * 1024 * 1024);
        CsvUpload.Scan scan = CsvUpload.scan(("email\n" + huge + "@example.org\n").getBytes(StandardCharsets.UTF_8));
        assertThat(scan.rows()).isEqualTo(1);
    }
}
