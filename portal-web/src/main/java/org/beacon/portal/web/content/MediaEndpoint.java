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

/**
 * {@code GET /media/{sha256}/{name}}: a media library file. The address is its content hash, so it never changes
 * meaning and browsers may keep it for a year.
 */
@WebServlet("/media/*")
public class MediaEndpoint extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/([0-9a-f]{64})/[A-Za-z0-9._-]{1,120}$");

    @EJB
    private MediaLibrary library;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<MediaFile> found = path.matches() ? library.bySha256(path.group(1)) : Optional.empty();
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        MediaFile file = found.get();
        String etag = "\"" + file.getSha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(file.getContentType());
        response.setHeader("Content-Disposition", "inline; filename*=UTF-8''"
                + URLEncoder.encode(file.getFileName(), StandardCharsets.UTF_8));
        // Whatever a file may contain, it never runs as part of this site.
        response.setHeader("Content-Security-Policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
        byte[] data = file.getData();
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}
