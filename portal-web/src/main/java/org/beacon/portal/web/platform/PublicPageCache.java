package org.beacon.portal.web.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.beacon.portal.content.ContentVersion;
import org.beacon.portal.platform.SitePaths;
import org.omnifaces.util.Servlets;

/**
 * Public pages and feeds, rendered once per content version and then served from memory, with ETag and
 * Last-Modified so browsers and feed readers get a 304 when nothing changed. Safe because public views are
 * stateless and the same for everyone; the console, sign-in and anything with an unknown query string pass
 * straight through. Each cached page is served with a fresh CSP nonce, so a nonce is never used twice.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class PublicPageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final int MAX_ENTRIES = 1_000;
    private static final String HANDLED = PublicPageCache.class.getName() + ".handled";
    private static final Pattern CACHEABLE_QUERY = Pattern.compile("page=\\d{1,4}");
    /** The site's own addresses: lower-case segments of letters, digits, dots and dashes, none empty, none a dot segment. */
    private static final Pattern CANONICAL_PATH = Pattern.compile("/|(/[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)*)+");
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");
    /** A public form's signed "opened at" field ({@link FormTimer}): a copy served later must say when it was served. */
    private static final Pattern FORM_STARTED = Pattern.compile("(name=\"[^\"]*:started\" value=\")[^\"]*(\")");
    private static final String CSP = "Content-Security-Policy";
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    @Inject
    private ContentVersion version;

    @Inject
    private FormTimer timer;

    private final Map<String, Entry> entries = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = cacheKey(request);
        if (key == null || request.getAttribute(HANDLED) != null) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(HANDLED, Boolean.TRUE);
        ContentVersion.Snapshot current = version.current();
        Entry entry = entries.get(key);
        if (entry == null || !entry.version.equals(current)) {
            Capture capture = new Capture(response);
            chain.doFilter(request, capture);
            entry = capture.toEntry(current);
            if (entry == null) {
                capture.passOn();
                return;
            }
            entries.put(key, entry);
        }
        entry.serve(request, response, timer);
    }

    /** Whether {@code path} is spelt as the site itself spells its addresses (see {@link #cacheKey}). */
    public static boolean isCanonical(String path) {
        return CANONICAL_PATH.matcher(path).matches();
    }

    /** The URL a public GET asked for, or null when the response must not be shared. */
    static String cacheKey(HttpServletRequest request) {
        String method = request.getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            return null;
        }
        // Shared only with visitors who have nothing of their own: not staff, nor anyone half-way through signing in.
        if (request.getUserPrincipal() != null || request.getSession(false) != null) {
            return null;
        }
        String uri = Servlets.getRequestURI(request);
        String path = uri.substring(request.getContextPath().length());
        if (SitePaths.isPersonal(path)) {
            return null;
        }
        // Only the one spelling of an address that the site itself links to: any other (a trailing or doubled slash,
        // a dot segment, a percent escape, capitals) is rendered for the asker and shared with nobody, so that
        // variants can neither fill the cache nor be served a page stored under another address.
        if (!CANONICAL_PATH.matcher(path).matches()) {
            return null;
        }
        String query = Servlets.getRequestQueryString(request);
        if (query != null && !CACHEABLE_QUERY.matcher(query).matches()) {
            return null;
        }
        return query == null ? path : path + "?" + query;
    }

    /** A rendered response, kept with the places where its CSP nonce stood. */
    private static final class Entry {
        /** What it was drawn for: another number, or other console settings on this server, and it is drawn again. */
        private final ContentVersion.Snapshot version;
        private final Instant lastModified;
        private final String etag;
        private final String contentType;
        private final List<String> bodyAroundNonce;
        /** The same, encoded once: a copy served is these written around the fresh nonce, with nothing built per request. */
        private final List<byte[]> bytesAroundNonce;
        /** Whether the page has a form whose opening time must be made fresh for each copy (looked for once, here). */
        private final boolean hasFormTimer;
        private final List<String[]> headers;

        Entry(ContentVersion.Snapshot version, String contentType, String body, List<String[]> headers) {
            this.version = version;
            this.lastModified = version.since().truncatedTo(ChronoUnit.SECONDS);
            this.contentType = contentType;
            this.headers = headers;
            String nonce = headers.stream().filter(h -> CSP.equalsIgnoreCase(h[0])).map(h -> NONCE.matcher(h[1]))
                    .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null);
            List<String> parts = nonce == null ? List.of(body) : List.of(body.split(Pattern.quote(nonce), -1));
            this.hasFormTimer = FORM_STARTED.matcher(body).find();
            // The text is kept only where each copy must be rewritten; other pages keep just their bytes.
            this.bodyAroundNonce = hasFormTimer ? parts : null;
            this.bytesAroundNonce = parts.stream().map(part -> part.getBytes(StandardCharsets.UTF_8)).toList();
            CRC32 crc = new CRC32();
            bytesAroundNonce.forEach(crc::update);
            // The number is the database's, so every server that drew the same page gives the same ETag.
            this.etag = "W/\"" + version.number() + "-" + Long.toHexString(crc.getValue()) + "\"";
        }

        void serve(HttpServletRequest request, HttpServletResponse response, FormTimer timer) throws IOException {
            response.setHeader("ETag", etag);
            response.setHeader("Last-Modified", HTTP_DATE.format(lastModified));
            response.setHeader("Cache-Control", "no-cache");
            if (notModified(request)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
            String nonce = bytesAroundNonce.size() > 1 ? CspNonce.fresh() : null;
            for (String[] header : headers) {
                response.addHeader(header[0], nonce == null ? header[1] : NONCE.matcher(header[1]).replaceAll("'nonce-" + nonce + "'"));
            }
            response.setContentType(contentType);
            if (hasFormTimer) {
                String html = String.join(nonce == null ? "" : nonce, bodyAroundNonce);
                byte[] body = FORM_STARTED.matcher(html).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + timer.token() + m.group(2)))
                        .getBytes(StandardCharsets.UTF_8);
                response.setContentLength(body.length);
                if (!"HEAD".equals(request.getMethod())) {
                    response.getOutputStream().write(body);
                }
                return;
            }
            byte[] nonceBytes = nonce == null ? new byte[0] : nonce.getBytes(StandardCharsets.US_ASCII);
            int length = nonceBytes.length * (bytesAroundNonce.size() - 1);
            for (byte[] part : bytesAroundNonce) {
                length += part.length;
            }
            response.setContentLength(length);
            if (!"HEAD".equals(request.getMethod())) {
                var out = response.getOutputStream();
                for (int i = 0; i < bytesAroundNonce.size(); i++) {
                    if (i > 0) {
                        out.write(nonceBytes);
                    }
                    out.write(bytesAroundNonce.get(i));
                }
            }
        }

        private boolean notModified(HttpServletRequest request) {
            String ifNoneMatch = request.getHeader("If-None-Match");
            if (ifNoneMatch != null) {
                return ifNoneMatch.contains(etag) || ifNoneMatch.contains(etag.substring(2)) || ifNoneMatch.strip().equals("*");
            }
            long ifModifiedSince;
            try {
                ifModifiedSince = request.getDateHeader("If-Modified-Since");
            } catch (IllegalArgumentException e) {
                return false;
            }
            return ifModifiedSince >= 0 && !lastModified.isAfter(Instant.ofEpochMilli(ifModifiedSince));
        }
    }

    /** A response that says it is for one person only. */
    private static boolean isPersonal(String[] header) {
        String value = header[1] == null ? "" : header[1].toLowerCase(java.util.Locale.ROOT);
        return "Cache-Control".equalsIgnoreCase(header[0]) && (value.contains("private") || value.contains("no-store"))
                || "Vary".equalsIgnoreCase(header[0]) && value.contains("cookie");
    }

    /** Holds a response back until we know whether it can be shared. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        private final List<String[]> headers = new ArrayList<>();
        private int status = SC_OK;
        private boolean setsCookie;
        private PrintWriter writer;
        private ServletOutputStream stream;

        Capture(HttpServletResponse response) {
            super(response);
        }

        Entry toEntry(ContentVersion.Snapshot version) {
            flush();
            String type = getContentType();
            boolean shareable = status == SC_OK && type != null && (type.startsWith("text/html") || type.contains("xml")
                    || type.startsWith("text/plain")) && !setsCookie
                    && headers.stream().noneMatch(h -> "Set-Cookie".equalsIgnoreCase(h[0]) || isPersonal(h));
            return shareable ? new Entry(version, type, body.toString(StandardCharsets.UTF_8), headers) : null;
        }

        /** Not shareable: give the response, as it was made, to the client. */
        void passOn() throws IOException {
            flush();
            HttpServletResponse response = (HttpServletResponse) getResponse();
            for (String[] header : headers) {
                response.addHeader(header[0], header[1]);
            }
            if (!response.isCommitted() && body.size() > 0) {
                response.getOutputStream().write(body.toByteArray());
            }
        }

        private void flush() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void addCookie(Cookie cookie) {
            setsCookie = true;
            super.addCookie(cookie);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            status = SC_FOUND;
            super.sendRedirect(location);
        }

        @Override
        public void setHeader(String name, String value) {
            headers.removeIf(h -> h[0].equalsIgnoreCase(name));
            headers.add(new String[] {name, value});
        }

        @Override
        public void addHeader(String name, String value) {
            headers.add(new String[] {name, value});
        }

        @Override
        public void setDateHeader(String name, long date) {
            setHeader(name, HTTP_DATE.format(Instant.ofEpochMilli(date)));
        }

        @Override
        public void addDateHeader(String name, long date) {
            addHeader(name, HTTP_DATE.format(Instant.ofEpochMilli(date)));
        }

        @Override
        public void setIntHeader(String name, int value) {
            setHeader(name, String.valueOf(value));
        }

        @Override
        public void addIntHeader(String name, int value) {
            addHeader(name, String.valueOf(value));
        }

        @Override
        public boolean containsHeader(String name) {
            return headers.stream().anyMatch(h -> h[0].equalsIgnoreCase(name));
        }

        @Override
        public String getHeader(String name) {
            return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst().orElse(null);
        }

        @Override
        public void setContentLength(int len) {
            // the length is known when the response is served
        }

        @Override
        public void setContentLengthLong(long len) {
            // the length is known when the response is served
        }

        @Override
        public void flushBuffer() {
            flush();
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            body.reset();
            headers.clear();
            status = SC_OK;
            super.reset();
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("synchronous only");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), StandardCharsets.UTF_8));
            }
            return writer;
        }
    }
}
