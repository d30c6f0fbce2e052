package org.beacon.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreTurnedIntoText() {
        assertThat(Csv.line("=HYPERLINK(\"http://evil.example\")", "+1", "-2", "@SUM(A1)", "\tx"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"'+1\",\"'-2\",\"'@SUM(A1)\",\"'\tx\"\r\n");
    }

    @Test
    void ordinaryCellsAreQuotedOnlyWhenTheyNeedIt() {
        assertThat(Csv.line("INQ-2026-000001", "Sam, Parent", "line one\nline two", null, 42))
                .isEqualTo("INQ-2026-000001,\"Sam, Parent\",\"line one\nline two\",,42\r\n");
    }
}
