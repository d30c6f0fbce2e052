package org.beacon.portal.web.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.content.MediaFile;
import org.beacon.portal.content.MediaLibrary;
import org.beacon.portal.content.PictureSizes;
import org.beacon.portal.content.PicturesBusy;

/**
 * {@code GET /media/{sha256}/{name}}: a media library file. The address is its content hash, so it never changes
 * meaning and browsers may keep it for a year. A picture also at {@code /media/{sha256}/{width}/{name}.{ext}}: its sizes.
 */
@WebServlet("/media/*")
public class MediaEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/([0-9a-f]{64})/[A-Za-z0-9._-]{1,120}$");
    private static final Pattern SIZE = Pattern.compile("^/([0-9a-f]{64})/([1-9][0-9]{0,3})/[A-Za-z0-9._-]{0,115}\\.(jpg|png|webp)$");

    @EJB
    private MediaLibrary library;

    @EJB
    private PictureSizes sizes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher size = SIZE.matcher(info);
        if (size.matches()) {
            serveSize(size, request, response);
            return;
        }
        Matcher path = PATH.matcher(info);
        Optional<MediaFile> found = path.matches() ? library.bySha256(path.group(1)) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile file = found.get();
        // The size as well as the hash: pictures cleaned by migration V33 kept their address but not their bytes.
        String etag = "\"" + file.getSha256() + "-" + file.getSizeBytes() + "\"";
        cacheable(etag, response);
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.getContentType());
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8));
        write(file.getData(), response);
    }

    /** {@code /media/{sha256}/{width}/{name}.{jpg|png|webp}}: one of the sizes a page offers in its srcset. */
    private void serveSize(Matcher size, HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sha256 = size.group(1);
        int width = Integer.parseInt(size.group(2));
        String etag = "\"" + sha256 + "-" + width + "-" + size.group(3) + "\"";
        // The tag names the bytes (the picture's hash, the width, the format): a browser that holds them holds the right ones.
        if (etag.equals(request.getHeader("If-None-Match"))) {
            cacheable(etag, response);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        Optional<PictureSizes.Sized> sized;
        try {
            sized = sizes.sized(sha256, width, size.group(3));
        } catch (PicturesBusy e) {
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        if (sized.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        cacheable(etag, response);
        response.setContentType(sized.get().contentType());
        write(sized.get().data(), response);
    }

    private static void cacheable(String etag, HttpServletResponse response) {
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    }

    private static void write(byte[] data, HttpServletResponse response) throws IOException {
        // Whatever a file may contain, it never runs as part of this site.
        response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}
