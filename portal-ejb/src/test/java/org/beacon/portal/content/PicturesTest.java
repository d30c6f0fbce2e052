package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.luciad.imageio.webp.WebPImageReaderSpi;

class PicturesTest {

    /** 40 x 20, red on the left and blue on the right, as a phone held sideways stores it. */
    private static BufferedImage halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    /**
     * The JPEG with an APP1 Exif segment as a phone writes one: IFD0 with the orientation and a pointer to a GPS IFD
     * that says where it was taken (33 deg 52' S, 151 deg 12' E: Sydney).
     */
    static byte[] withExif(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(200);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        int gps = 8 + 2 + 2 * 12 + 4;
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gps);
        tiff.putInt(0);
        int rationals = gps + 2 + 4 * 12 + 4;
        tiff.putShort((short) 4);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'S', 0, 0, 0});
        tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(rationals);
        tiff.putShort((short) 0x0003).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 0x0004).putShort((short) 5).putInt(3).putInt(rationals + 24);
        tiff.putInt(0);
        tiff.putInt(33).putInt(1).putInt(52).putInt(1).putInt(0).putInt(1);
        tiff.putInt(151).putInt(1).putInt(12).putInt(1).putInt(0).putInt(1);
        byte[] exif = new byte[6 + tiff.position()];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.US_ASCII), 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.position());
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif).put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    private static Metadata metadata(byte[] bytes) throws Exception {
        return ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
    }

    private static boolean reddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 200 && c.getBlue() < 60;
    }

    private static boolean greenish(int rgb) {
        Color c = new Color(rgb);
        return c.getGreen() > 200 && c.getRed() < 60;
    }

    @Test
    void aPhotoIsStoredUprightWithoutItsPlaceOrAnyOtherExif() throws Exception {
        byte[] photo = withExif(jpeg(halves(40, 20)), 6);
        assertThat(metadata(photo).getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation().getLatitude()).isLessThan(-33.8);

        Pictures.Cleaned cleaned = Pictures.clean(photo, MediaType.JPEG);

        Metadata left = metadata(cleaned.bytes());
        assertThat(left.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
        assertThat(left.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        assertThat(new String(cleaned.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "MM\0*");
        // Orientation 6: the stored picture is turned a quarter clockwise to be seen, so its left half is now on top.
        assertThat(cleaned.width()).isEqualTo(20);
        assertThat(cleaned.height()).isEqualTo(40);
        BufferedImage seen = ImageIO.read(new ByteArrayInputStream(cleaned.bytes()));
        assertThat(seen.getWidth()).isEqualTo(20);
        assertThat(reddish(seen.getRGB(10, 5))).isTrue();
        assertThat(reddish(seen.getRGB(10, 35))).isFalse();
    }

    @Test
    void everyOrientationEndsUpright() {
        // The picture as seen is red on the left; each orientation stores it turned or mirrored some other way.
        for (int orientation = 1; orientation <= 8; orientation++) {
            BufferedImage seen = Pictures.upright(stored(orientation), orientation);
            assertThat(seen.getWidth()).as("orientation %d", orientation).isEqualTo(40);
            assertThat(reddish(seen.getRGB(5, 10))).as("orientation %d", orientation).isTrue();
            assertThat(reddish(seen.getRGB(35, 10))).as("orientation %d", orientation).isFalse();
            assertThat(greenish(seen.getRGB(30, 1))).as("orientation %d: the stripe on top", orientation).isTrue();
            assertThat(greenish(seen.getRGB(30, 18))).as("orientation %d: not at the bottom", orientation).isFalse();
        }
    }

    /** How a camera stores "red on the left, a green stripe along the top right" under each EXIF orientation. */
    private static BufferedImage stored(int orientation) {
        BufferedImage seen = halves(40, 20);
        Graphics2D g = seen.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(20, 0, 20, 4);
        g.dispose();
        BufferedImage stored = new BufferedImage(orientation >= 5 ? 20 : 40, orientation >= 5 ? 40 : 20, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 20; y++) {
                int sx = switch (orientation) {
                    case 2, 3 -> 39 - x;
                    case 5 -> y;
                    case 6 -> y;
                    case 7, 8 -> 19 - y;
                    default -> x;
                };
                int sy = switch (orientation) {
                    case 3, 4 -> 19 - y;
                    case 5, 8 -> x;
                    case 6, 7 -> 39 - x;
                    default -> y;
                };
                stored.setRGB(sx, sy, seen.getRGB(x, y));
            }
        }
        return stored;
    }

    @Test
    void aSizeIsNarrowerKeepsItsShapeAndComesAsWebpOrTheOriginalsFormat() throws Exception {
        byte[] stored = Pictures.clean(jpeg(halves(2000, 1000)), MediaType.JPEG).bytes();

        byte[] webp = Pictures.resized(stored, MediaType.JPEG, 960, MediaType.WEBP);
        byte[] jpeg = Pictures.resized(stored, MediaType.JPEG, 480, MediaType.JPEG);

        assertThat(MediaType.sniff(webp)).contains(MediaType.WEBP);
        var reader = new WebPImageReaderSpi().createReaderInstance(null);
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(webp)));
        BufferedImage fromWebp = reader.read(0);
        assertThat(fromWebp.getWidth()).isEqualTo(960);
        assertThat(fromWebp.getHeight()).isEqualTo(480);
        assertThat(reddish(fromWebp.getRGB(100, 240))).isTrue();
        assertThat(reddish(fromWebp.getRGB(860, 240))).isFalse();
        BufferedImage fromJpeg = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(fromJpeg.getWidth()).isEqualTo(480);
        assertThat(fromJpeg.getHeight()).isEqualTo(240);
        assertThat(webp.length).isLessThan(stored.length);
    }

    @Test
    void aTransparentPngStaysTransparentAsWebp() throws Exception {
        BufferedImage logo = new BufferedImage(600, 300, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 300, 300);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(logo, "png", png);

        byte[] webp = Pictures.resized(Pictures.clean(png.toByteArray(), MediaType.PNG).bytes(), MediaType.PNG, 480, MediaType.WEBP);

        var reader = new WebPImageReaderSpi().createReaderInstance(null);
        reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(webp)));
        BufferedImage seen = reader.read(0);
        assertThat(new Color(seen.getRGB(400, 100), true).getAlpha()).isLessThan(10);
        assertThat(new Color(seen.getRGB(100, 100), true).getAlpha()).isGreaterThan(245);
    }

    @Test
    void aPictureTooLargeToDecodeIsRefusedFromItsHeaderAlone() {
        // A few dozen bytes that claim 20,000 x 20,000 pixels: 1.6 GB once decoded.
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(20_000).putInt(20_000).put((byte) 8).put((byte) 2).put(new byte[3]).array());
        chunk(png, "IEND", new byte[0]);

        assertThatThrownBy(() -> Pictures.clean(png.array(), MediaType.PNG))
                .isInstanceOf(ContentRefused.class).hasMessageContaining("at most 40 megapixels");
    }

    private static void chunk(ByteBuffer png, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        png.putInt(data.length).put(name).put(data).putInt((int) crc.getValue());
    }

    @Test
    void aFileThatOnlyStartsLikeAPictureIsRefusedWithAMessage() {
        byte[] broken = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4, 5};

        assertThatThrownBy(() -> Pictures.clean(broken, MediaType.JPEG))
                .isInstanceOf(ContentRefused.class).hasMessageContaining("could not be read");
    }

    @Test
    void pagesOfferTheLibrarysSizesNarrowerThanThePictureAndItsOwnWidthUpToTheLargest() {
        assertThat(file(6000, 4000).getWidths()).containsExactly(480, 960, 1600);
        assertThat(file(1200, 800).getWidths()).containsExactly(480, 960, 1200);
        assertThat(file(300, 200).getWidths()).containsExactly(300);
        assertThat(file(960, 10).getWidths()).containsExactly(480, 960);
        MediaReference photo = file(1200, 800);
        assertThat(photo.getWebpSrcset()).isEqualTo("/media/" + "a".repeat(64) + "/480/launch.webp 480w, /media/" + "a".repeat(64)
                + "/960/launch.webp 960w, /media/" + "a".repeat(64) + "/1200/launch.webp 1200w");
        assertThat(photo.getFallbackPath()).isEqualTo("/media/" + "a".repeat(64) + "/1200/launch.jpg");
        assertThat(file(6000, 4000).getFallbackHeight()).isEqualTo(1067);
        MediaReference pdf = new MediaReference("b".repeat(64), "report.pdf", "application/pdf", null, null);
        assertThat(pdf.getWidths()).isEmpty();
        assertThat(pdf.getSrcset()).isNull();
        assertThat(pdf.getFallbackPath()).isEqualTo("/media/" + "b".repeat(64) + "/report.pdf");
    }

    private static MediaReference file(int width, int height) {
        return new MediaReference("a".repeat(64), "launch.jpg", "image/jpeg", width, height);
    }
}
