package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.GpsDirectory;

/** Migration V33 on a library as it was before uploads were cleaned, in H2 as the portal runs it. */
class LibraryPicturesCleanedTest {

    @Test
    void picturesAlreadyInTheLibraryLoseTheirPlaceKeepTheirAddressAndGetTheirSize() throws Exception {
        String url = "jdbc:h2:mem:v33-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("32").load().migrate();
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        byte[] photo = PicturesTest.withExif(jpeg.toByteArray(), 6);
        byte[] broken = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            insert(db, 1, "a".repeat(64), "image/jpeg", photo);
            insert(db, 2, "b".repeat(64), "image/png", broken);
            insert(db, 3, "c".repeat(64), "application/pdf", pdf);

            Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                    .javaMigrations(new V33__Library_pictures_cleaned()).load().migrate();

            try (ResultSet rows = db.createStatement().executeQuery("select id, sha256, data, size_bytes, width, height from media_file order by id")) {
                rows.next();
                byte[] cleaned = rows.getBytes("data");
                assertThat(rows.getString("sha256")).as("the address pages link to").isEqualTo("a".repeat(64));
                assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(cleaned)).getFirstDirectoryOfType(GpsDirectory.class)).isNull();
                assertThat(rows.getLong("size_bytes")).isEqualTo(cleaned.length);
                assertThat(rows.getInt("width")).as("turned upright").isEqualTo(20);
                assertThat(rows.getInt("height")).isEqualTo(30);
                rows.next();
                assertThat(rows.getBytes("data")).as("one that cannot be read stays as it was").isEqualTo(broken);
                assertThat(rows.getObject("width")).isNull();
                rows.next();
                assertThat(rows.getBytes("data")).as("a PDF is no picture").isEqualTo(pdf);
                assertThat(rows.getObject("width")).isNull();
            }
        }
    }

    private static void insert(Connection db, long id, String sha256, String contentType, byte[] data) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into media_file (id, sha256, file_name, content_type, size_bytes, data,"
                + " created_at, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setLong(1, id);
            insert.setString(2, sha256);
            insert.setString(3, "file-" + id);
            insert.setString(4, contentType);
            insert.setLong(5, data.length);
            insert.setBytes(6, data);
            insert.setTimestamp(7, now);
            insert.setTimestamp(8, now);
            insert.executeUpdate();
        }
    }
}
