package org.beacon.portal.content;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A media library file as pages and articles point to it: its address and alt text, never its bytes (which
 * {@link MediaFile} holds), so showing an illustrated page does not read the picture from the database.
 */
@Entity
@Immutable
@Table(name = "media_file")
public class MediaReference implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private Long id;

    @Column(name = "sha256", insertable = false, updatable = false)
    private String sha256;

    @Column(name = "file_name", insertable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", insertable = false, updatable = false)
    private String contentType;

    @Column(name = "alt_text", insertable = false, updatable = false)
    private String altText;

    @Column(insertable = false, updatable = false)
    private Integer width;

    @Column(insertable = false, updatable = false)
    private Integer height;

    /** The widths pictures are served at: a phone, a phone at 2x or a laptop's column, a wide screen at 2x. */
    static final int[] SIZES = {480, 960, 1600};

    protected MediaReference() {
        // for JPA
    }

    MediaReference(String sha256, String fileName, String contentType, Integer width, Integer height) {
        this.sha256 = sha256;
        this.fileName = fileName;
        this.contentType = contentType;
        this.width = width;
        this.height = height;
    }

    /** The sizes offered for a picture this wide, narrowest first: each of {@link #SIZES} narrower, and its own width up to the largest. */
    static List<Integer> widths(Integer width) {
        if (width == null) {
            return List.of();
        }
        return IntStream.concat(IntStream.of(SIZES).filter(size -> size < width), IntStream.of(Math.min(width, SIZES[SIZES.length - 1])))
                .distinct().boxed().toList();
    }

    Integer width() {
        return width;
    }

    String contentType() {
        return contentType;
    }

    public List<Integer> getWidths() {
        return widths(width);
    }

    /** {@code /media/{sha256}/{width}/{name}.{jpg|png|webp}}: one size, in the picture's own format or as WebP. */
    public String sizePath(int size, boolean webp) {
        return "/media/" + sha256 + "/" + size + "/" + fileName.replaceAll("\\.[a-z]+$", "") + "."
                + (webp ? "webp" : MediaType.ofContentType(contentType).extension());
    }

    /** For {@code srcset}, or null for a file with no sizes (an attribute left out rather than written empty). */
    public String getSrcset() {
        return srcset(false);
    }

    /** Null also for a picture so tall that its sizes would pass WebP's 16,383 pixels: it is offered as it is. */
    public String getWebpSrcset() {
        return isWebpOffered() ? srcset(true) : null;
    }

    /** Sizes are at most 1,600 px wide, so only a tall picture's height can pass WebP's limit. */
    boolean isWebpOffered() {
        Integer tallest = getFallbackHeight();
        return tallest != null && tallest <= Pictures.WEBP_MAX_SIDE;
    }

    /** The largest size in the picture's own format: what a browser that knows no srcset shows, and social cards. */
    public String getFallbackPath() {
        Integer largest = largest();
        return largest == null ? getPath() : sizePath(largest, false);
    }

    /** The width and height of that size, which keep the page from jumping as the picture loads. */
    public Integer getFallbackWidth() {
        Integer largest = largest();
        return largest == null ? width : largest;
    }

    public Integer getFallbackHeight() {
        Integer largest = largest();
        return largest == null || height == null ? height : (int) Math.max(1, Math.round(height * (double) largest / width));
    }

    /** The widest size offered, or null for a file with none. */
    private Integer largest() {
        List<Integer> widths = getWidths();
        return widths.isEmpty() ? null : widths.get(widths.size() - 1);
    }

    private String srcset(boolean webp) {
        List<Integer> widths = getWidths();
        return widths.isEmpty() ? null : widths.stream().map(size -> sizePath(size, webp) + " " + size + "w").collect(Collectors.joining(", "));
    }

    public Long getId() {
        return id;
    }

    public String getPath() {
        return "/media/" + sha256 + "/" + fileName;
    }

    public String getAltText() {
        return altText;
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
