package org.beacon.portal.content;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPImageReaderSpi;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;

/**
 * Pictures decoded and written again: on upload, so that nothing but the pixels survives (no EXIF, GPS position,
 * camera serial, XMP or comment; a photo taken at a shelter must not say where), and for the sizes pages serve.
 * WebP goes through webp-imageio's reader and writer called directly, not through ImageIO's registry, which is one
 * for the whole JVM and would outlive a redeployment's class loader.
 */
final class Pictures {

    /**
     * Beyond this a picture is refused before it is decoded: 40 megapixels (a phone's largest photos are 48, most 12)
     * take 120 MB as pixels, twice that while being turned upright, on a server whose heap may be 512 MB.
     */
    static final long MAX_PIXELS = 40_000_000L;

    /** libwebp's limit on either side. */
    static final int WEBP_MAX_SIDE = 16_383;

    /** A decoded picture as stored: upright, its own format, no metadata. */
    record Cleaned(byte[] bytes, int width, int height) {
    }

    private Pictures() {
    }

    /** The picture upright (its EXIF orientation applied) and written again in its own format, without metadata. */
    static Cleaned clean(byte[] content, MediaType type) {
        BufferedImage image = upright(decode(content, type, 1), orientation(content));
        return new Cleaned(encode(image, type, 0.9f), image.getWidth(), image.getHeight());
    }

    /** A stored (already upright) picture at this width, never wider than it is, in the given format. */
    static byte[] resized(byte[] content, MediaType from, int width, MediaType to) {
        BufferedImage image = decode(content, from, width);
        return encode(width < image.getWidth() ? scaled(image, width) : image, to, 0.82f);
    }

    /**
     * Decoded, reading only every n-th pixel where the picture is more than twice as wide as {@code width} needs
     * (the halving steps then smooth it): a 480 px size of a 40-megapixel photo never holds the 40 megapixels.
     */
    private static BufferedImage decode(byte[] content, MediaType type, int width) {
        ImageReader reader = reader(type);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(in, true, true);
            long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
            if (pixels > MAX_PIXELS) {
                throw new ContentRefused("The picture is too large: at most " + MAX_PIXELS / 1_000_000
                        + " megapixels. Make it smaller and upload it again.");
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = width > 1 ? Math.max(1, reader.getWidth(0) / (2 * width)) : 1;
            if (step > 1 && type != MediaType.WEBP) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new IOException("no image");
            }
            return image;
        } catch (ContentRefused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ContentRefused("The picture could not be read. Save it again as an ordinary JPEG, PNG or WebP file"
                    + " and upload that.");
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(MediaType type) {
        if (type == MediaType.WEBP) {
            return new WebPImageReaderSpi().createReaderInstance(null);
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == MediaType.JPEG ? "jpeg" : "png");
        if (!readers.hasNext()) {
            throw new IllegalStateException("Every Java runtime reads " + type);
        }
        return readers.next();
    }

    /** The EXIF orientation (1 to 8); 1, as stored, when there is none or it cannot be read. */
    static int orientation(byte[] content) {
        try {
            ExifIFD0Directory exif = ImageMetadataReader.readMetadata(new ByteArrayInputStream(content), content.length)
                    .getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (exif == null || !exif.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            int orientation = exif.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 1 && orientation <= 8 ? orientation : 1;
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            return 1;
        }
    }

    /** The picture as the camera meant it to be seen: EXIF orientations 2 to 8 are mirrorings and quarter turns. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        // x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12, in the constructor's order (m00, m10, m01, m11, m02, m12).
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (turn == null) {
            return image;
        }
        boolean sideways = orientation >= 5;
        BufferedImage upright = blank(image, sideways ? h : w, sideways ? w : h);
        Graphics2D g = upright.createGraphics();
        try {
            g.drawImage(image, turn, null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    /** Halves while more than twice too wide, then one last bilinear step: sharper than one step, far quicker than area averaging. */
    private static BufferedImage scaled(BufferedImage image, int width) {
        int height = Math.max(1, (int) Math.round(image.getHeight() * (double) width / image.getWidth()));
        BufferedImage current = image;
        while (current.getWidth() / 2 > width) {
            current = drawn(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
        }
        return drawn(current, width, height);
    }

    private static BufferedImage drawn(BufferedImage source, int width, int height) {
        BufferedImage target = blank(source, width, height);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** Of the decoded picture's own kind where that is a plain one (a JPEG's 3 bytes a pixel stay 3), else RGB or ARGB. */
    private static BufferedImage blank(BufferedImage like, int width, int height) {
        int type = switch (like.getType()) {
            case BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_BYTE_GRAY -> like.getType();
            default -> like.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        };
        return new BufferedImage(width, height, type);
    }

    private static byte[] encode(BufferedImage image, MediaType type, float quality) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer;
        ImageWriteParam param;
        BufferedImage written = image;
        if (type == MediaType.WEBP) {
            if (image.getWidth() > WEBP_MAX_SIDE || image.getHeight() > WEBP_MAX_SIDE) {
                throw new ContentRefused("WebP holds at most " + WEBP_MAX_SIDE + " pixels a side. Make the picture smaller and upload it again.");
            }
            writer = new WebPImageWriterSpi().createWriterInstance(null);
            WebPWriteParam webp = new WebPWriteParam(Locale.ROOT);
            webp.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            webp.setCompressionType(CompressionType.Lossy);
            webp.setCompressionQuality(quality);
            param = webp;
            written = plain(image, image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        } else if (type == MediaType.JPEG) {
            writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            // JPEG has no transparency: what was see-through becomes white, not black. Others are written as they are.
            if (image.getColorModel().hasAlpha() || image.getType() == BufferedImage.TYPE_CUSTOM) {
                written = plain(image, BufferedImage.TYPE_INT_RGB);
            }
        } else if (type == MediaType.PNG) {
            writer = ImageIO.getImageWritersByFormatName("png").next();
            param = writer.getDefaultWriteParam();
        } else {
            throw new IllegalArgumentException(type + " is not a picture");
        }
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            // No metadata given, so none is written: JPEG gets its bare JFIF header, PNG its image chunks.
            writer.write(null, new IIOImage(written, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Writing a picture to memory failed", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage plain(BufferedImage image, int type) {
        if (image.getType() == type) {
            return image;
        }
        BufferedImage plain = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = plain.createGraphics();
        try {
            if (type == BufferedImage.TYPE_INT_RGB) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return plain;
    }
}
