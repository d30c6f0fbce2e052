package org.beacon.portal.mail;

import static org.beacon.portal.account.Role.Names.ADMIN;

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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.beacon.portal.platform.PortalSettings;

/**
 * Reads what the local SMTP sink (GreenMail, started by the run command) has received, through its REST API.
 * Available only while no real mail server is configured: with PORTAL_SMTP_HOST set, mail leaves the machine
 * and there is nothing here to read.
 */
@Stateless
@RolesAllowed(ADMIN)
public class LocalMailSink {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    @Inject
    private PortalSettings settings;

    public boolean isAvailable() {
        return settings.mailSinkUrl().isPresent();
    }

    /** Every message the sink holds, newest first; empty when there is no sink or it does not answer. */
    public List<SinkMessage> messages() {
        Optional<URI> sink = settings.mailSinkUrl();
        if (sink.isEmpty()) {
            return List.of();
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        List<SinkMessage> messages = new ArrayList<>();
        try {
            // One inbox per address: asked all at once, not one after another (400 addresses took some 10 s in turn).
            Map<String, CompletableFuture<HttpResponse<String>>> inboxes = new LinkedHashMap<>();
            for (JsonValue user : getArray(http, sink.get().resolve("/api/user"))) {
                String address = user.asJsonObject().getString("email");
                URI inbox = sink.get().resolve("/api/user/" + URLEncoder.encode(address, StandardCharsets.UTF_8) + "/messages/");
                inboxes.put(address, http.sendAsync(HttpRequest.newBuilder(inbox).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()));
            }
            for (Map.Entry<String, CompletableFuture<HttpResponse<String>>> inbox : inboxes.entrySet()) {
                for (JsonValue message : array(inbox.getValue().join())) {
                    messages.add(parse(inbox.getKey(), message.asJsonObject()));
                }
            }
        } catch (CompletionException e) {
            throw new MailSinkUnavailable(e.getCause() instanceof Exception cause ? cause : e);
        } catch (IOException | MessagingException e) {
            throw new MailSinkUnavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MailSinkUnavailable(e);
        }
        messages.sort(Comparator.comparing(SinkMessage::sentAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return messages;
    }

    private static JsonArray getArray(HttpClient http, URI uri) throws IOException, InterruptedException {
        return array(http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static JsonArray array(HttpResponse<String> response) throws IOException {
        if (response.statusCode() != 200) {
            throw new IOException("Mail sink answered " + response.statusCode() + " for " + response.uri().getPath());
        }
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readArray();
        }
    }

    static SinkMessage parse(String recipient, JsonObject json) throws MessagingException, IOException {
        byte[] raw = json.getString("mimeMessage", "").getBytes(StandardCharsets.UTF_8);
        MimeMessage mime = mime(raw);
        String from = mime.getFrom() == null || mime.getFrom().length == 0 ? "" : mime.getFrom()[0].toString();
        return new SinkMessage(recipient + "/" + json.getString("uid", ""), recipient, from, Optional.ofNullable(mime.getSubject()).orElse("(no subject)"),
                mime.getSentDate() == null ? null : mime.getSentDate().toInstant(), raw);
    }

    /** The text of a message as the sink holds it ({@link SinkMessage#text()}); "" when it cannot be read. */
    static String text(byte[] raw) {
        try {
            return text(mime(raw)).orElse("");
        } catch (MessagingException | IOException e) {
            return "";
        }
    }

    private static MimeMessage mime(byte[] raw) throws MessagingException {
        // A session of its own, not null: Jakarta Mail 2.1.0 (EE 10) reads a message's parts through the session.
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    }

    /** The plain-text part if there is one, else the first HTML part as source, else nothing. */
    private static Optional<String> text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Optional.of(String.valueOf(part.getContent()));
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            Optional<String> html = Optional.empty();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                if (body.isMimeType("text/html")) {
                    html = html.or(() -> Optional.of(content(body)));
                    continue;
                }
                Optional<String> found = text(body);
                if (found.isPresent()) {
                    return found;
                }
            }
            return html;
        }
        return part.isMimeType("text/html") ? Optional.of(String.valueOf(part.getContent())) : Optional.empty();
    }

    private static String content(Part part) {
        try {
            return String.valueOf(part.getContent());
        } catch (IOException | MessagingException e) {
            return "";
        }
    }

    /** The sink is configured but did not answer; the console says so instead of failing. */
    public static class MailSinkUnavailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MailSinkUnavailable(Exception cause) {
            super("The local mail sink did not answer: " + cause.getMessage(), cause);
        }
    }
}
