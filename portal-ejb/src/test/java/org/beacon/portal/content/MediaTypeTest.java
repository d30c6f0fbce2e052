package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class MediaTypeTest {

    @Test
    void typesAreRecognisedFromTheirContent() {
        assertThat(MediaType.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).contains(MediaType.JPEG);
        assertThat(MediaType.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0})).contains(MediaType.PNG);
        assertThat(MediaType.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII))).contains(MediaType.WEBP);
        assertThat(MediaType.sniff("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(MediaType.PDF);
    }

    @Test
    void anythingElseIsRefusedWhateverItIsCalled() {
        assertThat(MediaType.sniff("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(MediaType.sniff("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(MediaType.sniff(new byte[0])).isEmpty();
        assertThat(MediaType.sniff(null)).isEmpty();
    }

    @Test
    void storedNamesAreSafeAndEndInTheRealExtension() {
        assertThat(MediaLibrary.fileName("C:\\Users\\me\\Team Photo (1).JPG", MediaType.JPEG)).isEqualTo("team-photo-1.jpg");
        assertThat(MediaLibrary.fileName("../../evil.php", MediaType.PNG)).isEqualTo("evil.png");
        assertThat(MediaLibrary.fileName("report.pdf", MediaType.PNG)).isEqualTo("report.png");
        assertThat(MediaLibrary.fileName(null, MediaType.PDF)).isEqualTo("file.pdf");
    }
}
