package org.beacon.portal.browser;

import java.io.ByteArrayInputStream;
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
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

/**
 * A message as the test server's SMTP sink (GreenMail) received it, read through its REST API: the raw headers,
 * and every text part decoded, which is enough to find a subject, a header or a link.
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
                messages.add(new SinkMail(headers, decodedText(raw)));
            }
        }
        return messages;
    }

    /** A header as a mail program shows it (encoded words such as a subject with accents decoded). */
    String header(String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*)$").matcher(headers);
        if (!m.find()) {
            return null;
        }
        try {
            return MimeUtility.decodeText(m.group(1).strip());
        } catch (java.io.UnsupportedEncodingException e) {
            return m.group(1).strip();
        }
    }

    /** The first link whose text is this (the body is HTML as it was sent). */
    String link(String text) {
        Matcher m = Pattern.compile("<a href=\"([^\"]+)\"[^>]*>" + Pattern.quote(text) + "</a>").matcher(body);
        return m.find() ? m.group(1).replace("&amp;", "&") : null;
    }

    /** Every text part of the message, decoded as a mail program would (base64 or quoted-printable, any charset). */
    private static String decodedText(String raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)));
            StringBuilder text = new StringBuilder();
            collect(message, text);
            return text.toString().replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("The sink holds a message that is not MIME: " + e, e);
        }
    }

    private static java.nio.charset.Charset charset(Part part) throws MessagingException {
        String name = new jakarta.mail.internet.ContentType(part.getContentType()).getParameter("charset");
        return name == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(name);
    }

    private static void collect(Part part, StringBuilder text) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                collect(parts.getBodyPart(i), text);
            }
        } else if (part.isMimeType("text/*")) {
            // text/plain and text/html come as strings; others, such as the text/calendar attachment, as bytes.
            Object content = part.getContent();
            text.append(content instanceof String s ? s : new String(part.getInputStream().readAllBytes(), charset(part))).append('\n');
        }
    }
}
