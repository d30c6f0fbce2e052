package org.beacon.portal.mail;

import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.PreencodedMimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;

/**
 * One SMTP connection reused for many messages (a new connection per message would cap a send at a few hundred a
 * second). Not thread-safe: each sending thread opens its own. Every header is built here from the message's
 * values with line breaks removed, so nothing in a subject or a name can become a header of its own.
 */
public final class BulkConnection implements AutoCloseable {

    private static final Pattern REPLY_CODE = Pattern.compile("(?:^|:\\s)([245])\\d\\d\\b");
    /** The enhanced status code after a 5xx reply (RFC 3463): its subject and detail. */
    private static final Pattern ENHANCED = Pattern.compile("\\b5\\.(\\d{1,3})\\.(\\d{1,3})\\b");

    private final Supplier<Session> sessions;
    private final String senderAddress;
    private Session session;
    private Transport transport;
    private String fromName;
    private InternetAddress from;

    /** {@code sessions} is asked at each (re)connection, so corrected settings are used by the next run at once. */
    BulkConnection(Supplier<Session> sessions, String senderAddress) {
        this.sessions = sessions;
        this.senderAddress = senderAddress;
    }

    public void send(BulkMessage bulk) throws BulkSendFailure {
        try {
            // Connected first: the message is built with the session it goes through.
            if (transport == null || !transport.isConnected()) {
                connect();
            }
        } catch (MessagingException | IllegalStateException e) {
            throw classify(e);
        }
        MimeMessage message;
        InternetAddress recipient;
        try {
            recipient = new InternetAddress(MailAddresses.checked(bulk.recipient()), true);
            message = message(bulk, recipient);
        } catch (AddressException | IllegalArgumentException e) {
            throw new BulkSendFailure("Address refused: " + e.getMessage(), false, false, e);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new BulkSendFailure("Message could not be built: " + e.getMessage(), false, false, e);
        }
        try {
            transport.sendMessage(message, new InternetAddress[] {recipient});
        } catch (MessagingException | IllegalStateException e) {
            throw classify(e);
        }
    }

    private void connect() throws MessagingException {
        closeQuietly();
        session = sessions.get();
        transport = session.getTransport("smtp");
        transport.connect();
    }

    /** A 5xx answer about this message is final; anything else (4xx, no answer, a dropped connection) may pass later. */
    private BulkSendFailure classify(Exception e) {
        String reason = reason(e);
        Optional<SmtpProblem> refusal = SmtpProblem.of(e).filter(SmtpProblem::holdsAllMail);
        if (refusal.isPresent()) {
            closeQuietly();
            return BulkSendFailure.refusedThePortal(refusal.get(), reason, e);
        }
        Matcher code = REPLY_CODE.matcher(reason);
        boolean answered = code.find();
        if (answered && "5".equals(code.group(1)) && e instanceof SendFailedException) {
            return addressRefused(e) ? BulkSendFailure.refusedTheRecipient(reason, e) : new BulkSendFailure(reason, false, false, e);
        }
        boolean lost = !answered || transport == null || !transport.isConnected();
        if (lost) {
            closeQuietly();
        }
        return new BulkSendFailure(reason, true, lost, e);
    }

    /**
     * Whether the receiving server refused the recipient itself for good (at RCPT TO, 5.1.x "no such address" or
     * 5.2.1 "disabled", or a bare 550/551/553): only that is a hard bounce. A refusal of the message at DATA (spam,
     * too big) or by policy (5.7.x) says nothing about the address, and must not suppress anyone.
     */
    private static boolean addressRefused(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException refused && refused.getReturnCode() >= 500) {
                Matcher enhanced = ENHANCED.matcher(String.valueOf(refused.getMessage()));
                if (enhanced.find()) {
                    return enhanced.group(1).equals("1") || enhanced.group(1).equals("2") && enhanced.group(2).equals("1");
                }
                int code = refused.getReturnCode();
                return code == 550 || code == 551 || code == 553;
            }
        }
        return false;
    }

    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder();
        for (Throwable t = e; t != null && reason.length() < 400; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                if (!reason.isEmpty()) {
                    reason.append(": ");
                }
                reason.append(t.getMessage().strip());
            }
        }
        String text = reason.isEmpty() ? e.getClass().getSimpleName() : reason.toString();
        text = text.replaceAll("[\\r\\n]+", " ");
        return text.length() > 480 ? text.substring(0, 480) : text;
    }

    private FixedIdMessage message(BulkMessage bulk, InternetAddress recipient) throws MessagingException, UnsupportedEncodingException {
        FixedIdMessage message = new FixedIdMessage(session, "<" + HeaderText.oneLine(bulk.messageId()) + ">");
        if (bulk.envelopeFrom() != null) {
            // MAIL FROM: where receivers send a bounce (RFC 5321); checked like any address, so no line break gets through.
            message.setEnvelopeFrom(MailAddresses.checked(bulk.envelopeFrom()));
        }
        message.setFrom(from(bulk.fromName()));
        message.setRecipient(Message.RecipientType.TO, recipient);
        message.setSubject(HeaderText.oneLine(bulk.subject()), "UTF-8");
        message.setSentDate(new Date());
        // Quoted-printable always: it keeps lines under the SMTP limit whatever the text, and the choice is ours, not a
        // guess. Encoded here in one pass and written as a block (see QuotedPrintable).
        MimeBodyPart text = encoded(bulk.text(), "text/plain; charset=UTF-8");
        MimeBodyPart html = encoded(bulk.html(), "text/html; charset=UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        // What a bulk sender should say about itself (RFC 2369, RFC 2919, RFC 8058): the list, how to leave in one
        // step, and that this is not a personal mail that an auto-responder should answer.
        message.setHeader("List-Id", HeaderText.oneLine(bulk.listId()));
        message.setHeader("List-Unsubscribe", "<" + HeaderText.oneLine(bulk.oneClickUnsubscribe().toASCIIString()) + ">, <mailto:"
                + HeaderText.oneLine(bulk.unsubscribeMailto()) + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("Precedence", "bulk");
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "OOF, AutoReply");
        if (bulk.providerTag() != null) {
            message.setHeader("X-PM-Metadata-beacon-delivery", HeaderText.oneLine(bulk.providerTag()));
        }
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart encoded(String content, String type) throws MessagingException {
        PreencodedMimeBodyPart part = new PreencodedMimeBodyPart("quoted-printable");
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(QuotedPrintable.encode(content), type)));
        // Named before saveChanges, which otherwise reads the whole part to choose an encoding it then overrides.
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    /** The From address, encoded once per sender name rather than for every copy. */
    private InternetAddress from(String fromName) throws UnsupportedEncodingException {
        if (from == null || !Objects.equals(fromName, this.fromName)) {
            from = new InternetAddress(senderAddress, HeaderText.oneLine(fromName), "UTF-8");
            this.fromName = fromName;
        }
        return from;
    }

    private void closeQuietly() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException | RuntimeException ignored) {
                // The connection is gone either way; the next send opens a new one.
            }
            transport = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
