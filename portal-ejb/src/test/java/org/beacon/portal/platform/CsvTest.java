package org.beacon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreTurnedIntoText() {
        assertThat(Csv.line("=HYPERLINK(\"http://evil.example\")", "+1", "-2", "@SUM(A1)", "\tx"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"'+1\",\"'-2\",\"'@SUM(A1)\",\"'\tx\"\r\n");
    }

    @Test
    void fullWidthFormulaSignsAreTurnedIntoTextToo() {
        assertThat(Csv.line("＝1+1", "＋1", "－1", "＠SUM(A1)", "a＝b"))
                .isEqualTo("\"'＝1+1\",\"'＋1\",\"'－1\",\"'＠SUM(A1)\",\"a＝b\"\r\n");
    }

    @Test
    void aCellASemicolonLocaleWouldSplitStaysOneQuotedCell() {
        assertThat(Csv.line("Sam;=HYPERLINK(\"http://evil.example\")", "x"))
                .isEqualTo("\"Sam;=HYPERLINK(\"\"http://evil.example\"\")\",\"x\"\r\n");
    }

    @Test
    void whatIsWrittenReadsBackAsTheSameCells() throws IOException {
        String line = Csv.line("INQ-2026-000001", "Sam, Parent", "line one\nline two", null, 42, "say \"hi\"");

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(line)).getRecords();

        assertThat(records).hasSize(1);
        assertThat(records.get(0).toList()).containsExactly("INQ-2026-000001", "Sam, Parent", "line one\nline two", "", "42", "say \"hi\"");
    }
}
