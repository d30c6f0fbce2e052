package org.beacon.portal.browser;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * A message as the test server's SMTP sink (GreenMail) received it, read through its REST API: the raw headers,
 * and the body with quoted-printable undone, which is enough to find a subject, a header or a link.
 */
record SinkMail(String headers, String body) {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String API = System.getProperty("portal.mail-api", "http://127.0.0.1:8125");

    /** Every message the sink holds for this address (none if it has none). */
    static List<SinkMail> to(String address) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(API + "/api/user/"
                + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        List<SinkMail> messages = new ArrayList<>();
        if (response.statusCode() != 200) {
            return messages;
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            for (JsonValue message : reader.readArray()) {
                String raw = message.asJsonObject().getString("mimeMessage", "").replace("\r\n", "\n");
                int end = raw.indexOf("\n\n");
                String headers = (end < 0 ? raw : raw.substring(0, end)).replaceAll("\n[ \t]+", " ");
                String body = end < 0 ? "" : raw.substring(end + 2);
                messages.add(new SinkMail(headers, raw.toLowerCase(Locale.ROOT).contains("content-transfer-encoding: quoted-printable")
                        ? decodeQuotedPrintable(body) : body));
            }
        }
        return messages;
    }

    String header(String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*)$").matcher(headers);
        return m.find() ? m.group(1).strip() : null;
    }

    /** The first link whose text is this (the body is HTML as it was sent). */
    String link(String text) {
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>" + Pattern.quote(text) + "</a>").matcher(body);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    private static String decodeQuotedPrintable(String text) {
        String joined = text.replace("=\n", "");
        StringBuilder out = new StringBuilder();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '=' && i + 2 < joined.length() && joined.substring(i + 1, i + 3).matches("[0-9A-Fa-f]{2}")) {
                bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3).toUpperCase(Locale.ROOT), 16));
                i += 2;
            } else {
                if (bytes.size() > 0) {
                    out.append(bytes.toString(StandardCharsets.UTF_8));
                    bytes.reset();
                }
                out.append(c);
            }
        }
        out.append(bytes.toString(StandardCharsets.UTF_8));
        return out.toString();
    }
}
