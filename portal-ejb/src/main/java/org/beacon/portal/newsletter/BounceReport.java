package org.beacon.portal.newsletter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;

import org.beacon.portal.subscriber.MailProblem;
import org.eclipse.angus.mail.dsn.DeliveryStatus;

/**
 * What one message in the bounce mailbox says. A delivery status notification (RFC 3464, read with Angus Mail's
 * DSN support) or a complaint (an ARF feedback report, RFC 5965) is used only when it carries a well-signed bounce
 * address ({@link BounceAddress}) naming its delivery; anything else is one of the outcomes that change nothing.
 * Parts are read through their data sources, not the content handlers, so no mailcap registration is needed.
 */
public record BounceReport(Outcome outcome, Long delivery, MailProblem problem, String status, String detail, String recipient) {

    public enum Outcome {
        /** A bounce or complaint tied to a delivery: the rules apply. */
        USED,
        /** A delay notice ("delayed", "relayed", "delivered"): not a failure. */
        NOT_A_FAILURE,
        /** A report, but no bounce address in it: it names no delivery of ours. */
        NO_DELIVERY,
        /** A bounce address whose signature is wrong: forged, or altered on the way. */
        FORGED,
        /** A report that does not follow its standard (no status, no feedback type...). */
        MALFORMED,
        /**
         * A refusal by the receiver's policy (5.7.x: a spam filter, a block list, DMARC): about the message or the
         * sender, not the address, so it counts against nobody.
         */
        POLICY,
        /** Not a bounce nor a complaint (an auto-reply, a person's mail, spam). */
        UNRELATED
    }

    private static final int MOST_READ = 1 << 20;
    /** Parts of a report looked at: a report has three; a message of thousands is not one. */
    private static final int MOST_PARTS = 20;
    private static final Pattern STATUS = Pattern.compile("\\b([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");
    /**
     * A status code in a free-form bounce's words, as mail systems write it after the SMTP reply ("550 5.1.1") or
     * Exchange does ("#5.1.1"); never a bare "5.1.20" (a version, an address, a date).
     */
    private static final Pattern FREE_STATUS = Pattern.compile("(?:\\b[245]\\d\\d[ -]|#)([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");
    /** Who writes a bounce: the mail system, never a person or their auto-responder. */
    private static final Pattern MAIL_SYSTEM = Pattern.compile("(?i)(?:^|[<\\s\"])(?:mailer-daemon|postmaster|mail-daemon)@|mail delivery (?:system|subsystem)");
    private static final Pattern AUTO_REPLY_SUBJECT = Pattern.compile("(?i)out of (?:the )?office|automatic reply|auto[- ]?reply|autoreply|vacation|away from");

    static BounceReport read(MimeMessage message, BounceAddress addresses) {
        StringBuilder text = new StringBuilder();
        try {
            headers(message, text);
            ContentType type = type(message);
            if (type.match("multipart/report")) {
                MimeMultipart report = new MimeMultipart(message.getDataHandler().getDataSource());
                collect(report, text, 0);
                BounceAddress.Found found = addresses.find(text);
                String reportType = String.valueOf(type.getParameter("report-type")).toLowerCase(Locale.ROOT);
                if (reportType.equals("feedback-report")) {
                    return complaint(report, found);
                }
                if (reportType.equals("delivery-status")) {
                    return deliveryStatus(report, found);
                }
                return unused(Outcome.UNRELATED, "a report of type " + reportType + ", neither a bounce nor a complaint");
            }
            collect(message, text, 0);
            BounceAddress.Found found = addresses.find(text);
            if (found.delivery() == null && found.seen()) {
                return unused(Outcome.FORGED, "the bounce address in it is not one the portal signed");
            }
            if (autoReply(message)) {
                // Auto-responders answer the envelope sender (RFC 3834), which is the copy's bounce address.
                return unused(Outcome.UNRELATED, "an automatic reply (out of office, vacation), not a bounce");
            }
            String from = String.join(" ", headerValues(message, "From"));
            if (found.delivery() == null || !MAIL_SYSTEM.matcher(from).find()) {
                return unused(Outcome.UNRELATED, "not a bounce or a complaint (" + type.getBaseType() + ")");
            }
            // A bounce in the older, free form (qmail, some Exchange servers): the status code in its first words.
            Matcher status = FREE_STATUS.matcher(firstText(message));
            while (status.find()) {
                if (!status.group(1).equals("2")) {
                    String code = status.group(1) + "." + status.group(2) + "." + status.group(3);
                    Optional<MailProblem> problem = problemOf(status.group(1), Integer.parseInt(status.group(2)), Integer.parseInt(status.group(3)));
                    return problem.isEmpty() ? unused(Outcome.POLICY, "a refusal by the receiver's policy (" + code + "), not about the address")
                            : used(found, problem.get(), code, "a bounce without a delivery status report, saying " + code, null);
                }
            }
            return unused(Outcome.UNRELATED, "a message from a mail system without a status code");
        } catch (MessagingException | IOException | RuntimeException e) {
            return unused(Outcome.MALFORMED, "it cannot be read as mail: " + oneLine(e.getMessage()));
        }
    }

    private static BounceReport deliveryStatus(MimeMultipart report, BounceAddress.Found found) throws MessagingException, IOException {
        BodyPart statusPart = part(report, "message/delivery-status", "message/global-delivery-status");
        if (statusPart == null) {
            return unused(Outcome.MALFORMED, "a delivery status report without its message/delivery-status part");
        }
        DeliveryStatus status;
        try (InputStream in = statusPart.getInputStream()) {
            status = new DeliveryStatus(in);
        }
        if (status.getRecipientDSNCount() == 0) {
            return unused(Outcome.MALFORMED, "a delivery status report that names no recipient");
        }
        String lastAction = null;
        for (int i = 0; i < status.getRecipientDSNCount(); i++) {
            InternetHeaders recipient = status.getRecipientDSN(i);
            String action = String.valueOf(recipient.getHeader("Action", null)).strip().toLowerCase(Locale.ROOT);
            lastAction = action;
            if (!action.equals("failed")) {
                continue;
            }
            Matcher code = STATUS.matcher(String.valueOf(recipient.getHeader("Status", null)));
            if (!code.find() || code.group(1).equals("2")) {
                return unused(Outcome.MALFORMED, "a failure report without a 4.x.x or 5.x.x status");
            }
            if (found.delivery() == null) {
                return unused(found.seen() ? Outcome.FORGED : Outcome.NO_DELIVERY, found.seen()
                        ? "the bounce address in it is not one the portal signed" : "it names no delivery of the portal's (no bounce address in it)");
            }
            Optional<MailProblem> problem = problemOf(code.group(1), Integer.parseInt(code.group(2)), Integer.parseInt(code.group(3)));
            if (problem.isEmpty()) {
                return unused(Outcome.POLICY, "a refusal by the receiver's policy (" + code.group() + "), not about the address");
            }
            String diagnostic = recipient.getHeader("Diagnostic-Code", null);
            String remote = recipient.getHeader("Remote-MTA", null);
            // The address the copy went to: the original recipient when the receiver kept it (a forward, a list).
            String failed = address(recipient.getHeader("Original-Recipient", null));
            return used(found, problem.get(), code.group(),
                    code.group() + (remote == null ? "" : " from " + remote.replaceFirst("(?i)^dns;\\s*", ""))
                            + (diagnostic == null ? "" : ": " + diagnostic.replaceFirst("(?i)^smtp;\\s*", "")),
                    failed != null ? failed : address(recipient.getHeader("Final-Recipient", null)));
        }
        return unused(Outcome.NOT_A_FAILURE, "a delivery status report saying " + lastAction + ", not failed");
    }

    private static BounceReport complaint(MimeMultipart report, BounceAddress.Found found) throws MessagingException, IOException {
        BodyPart feedback = part(report, "message/feedback-report");
        if (feedback == null) {
            return unused(Outcome.MALFORMED, "a feedback report without its message/feedback-report part");
        }
        InternetHeaders fields;
        try (InputStream in = feedback.getInputStream()) {
            fields = new InternetHeaders(in);
        }
        String type = fields.getHeader("Feedback-Type", null);
        if (type == null || fields.getHeader("Version", null) == null) {
            return unused(Outcome.MALFORMED, "a feedback report without Feedback-Type or Version");
        }
        type = type.strip().toLowerCase(Locale.ROOT);
        if (!type.equals("abuse") && !type.equals("fraud")) {
            return unused(Outcome.UNRELATED, "a feedback report of type " + type + ", not a complaint");
        }
        if (found.delivery() == null) {
            return unused(found.seen() ? Outcome.FORGED : Outcome.NO_DELIVERY, found.seen()
                    ? "the bounce address in it is not one the portal signed" : "it names no delivery of the portal's (no bounce address in it)");
        }
        String agent = fields.getHeader("User-Agent", null);
        return used(found, MailProblem.COMPLAINT, null, "marked as " + type + (agent == null ? "" : " (reported by " + agent + ")"), null);
    }

    private static BodyPart part(MimeMultipart report, String... types) throws MessagingException {
        for (int i = 0; i < report.getCount(); i++) {
            BodyPart part = report.getBodyPart(i);
            for (String t : types) {
                if (type(part).match(t)) {
                    return part;
                }
            }
        }
        return null;
    }

    /** Headers and decoded text of every part, where a bounce address may be: the report's To, the returned message's Return-Path. */
    private static void collect(Part part, StringBuilder text, int depth) throws MessagingException, IOException {
        if (text.length() > MOST_READ || depth > 5) {
            return;
        }
        ContentType type = type(part);
        if (type.getPrimaryType().equalsIgnoreCase("multipart")) {
            MimeMultipart multipart = part instanceof MimeMultipart m ? m : new MimeMultipart(part.getDataHandler().getDataSource());
            collect(multipart, text, depth);
            return;
        }
        if (part != null && !(part instanceof MimeMessage) && (type.getPrimaryType().equalsIgnoreCase("text")
                || type.getPrimaryType().equalsIgnoreCase("message"))) {
            headers(part, text);
            try (InputStream in = part.getInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(new LimitedStream(out, MOST_READ - text.length()));
                text.append(out.toString(StandardCharsets.ISO_8859_1)).append('\n');
            }
        } else if (part instanceof MimeMessage m && m.getContentType() != null && type.getPrimaryType().equalsIgnoreCase("text")) {
            try (InputStream in = m.getInputStream()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                in.transferTo(new LimitedStream(out, MOST_READ - text.length()));
                text.append(out.toString(StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
    }

    private static void collect(MimeMultipart multipart, StringBuilder text, int depth) throws MessagingException, IOException {
        for (int i = 0; i < Math.min(multipart.getCount(), MOST_PARTS); i++) {
            collect(multipart.getBodyPart(i), text, depth + 1);
        }
    }

    private static void headers(Part part, StringBuilder text) throws MessagingException {
        for (java.util.Enumeration<Header> e = part.getAllHeaders(); e.hasMoreElements(); ) {
            Header h = e.nextElement();
            text.append(h.getName()).append(": ").append(h.getValue()).append('\n');
        }
    }

    private static ContentType type(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType() == null ? "text/plain" : part.getContentType());
        } catch (ParseException e) {
            return new ContentType("application/octet-stream");
        }
    }

    /**
     * What a failure's status code says of the address (RFC 3463): 5.1.x (no such address, domain or mailbox) and
     * 5.2.1 (mailbox disabled) are for good; 5.7.x is the receiver's policy about the message or the sender, which no
     * address should pay for (none); the rest (a full mailbox 5.2.2, too big 5.3.4, the network 5.4.x) may pass.
     */
    static Optional<MailProblem> problemOf(String kind, int subject, int detail) {
        if (kind.equals("5") && (subject == 1 || subject == 2 && detail == 1)) {
            return Optional.of(MailProblem.HARD_BOUNCE);
        }
        if (kind.equals("5") && subject == 7) {
            return Optional.empty();
        }
        return Optional.of(MailProblem.SOFT_BOUNCE);
    }

    /** {@code rfc822; alex@example.org} as {@code alex@example.org}; null for none or another address type. */
    private static String address(String field) {
        if (field == null) {
            return null;
        }
        String f = field.strip();
        int semicolon = f.indexOf(';');
        if (semicolon < 0 || !f.substring(0, semicolon).strip().equalsIgnoreCase("rfc822")) {
            return null;
        }
        String a = f.substring(semicolon + 1).strip().replaceAll("^<|>$", "");
        return a.isEmpty() ? null : a.toLowerCase(Locale.ROOT);
    }

    private static boolean autoReply(MimeMessage message) throws MessagingException {
        String auto = String.join(" ", headerValues(message, "Auto-Submitted")).toLowerCase(Locale.ROOT);
        return auto.contains("auto-replied") && !MAIL_SYSTEM.matcher(String.join(" ", headerValues(message, "From"))).find()
                || message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null
                || String.join(" ", headerValues(message, "Precedence")).toLowerCase(Locale.ROOT).contains("auto_reply")
                || message.getSubject() != null && AUTO_REPLY_SUBJECT.matcher(message.getSubject()).find();
    }

    private static String[] headerValues(Part part, String name) throws MessagingException {
        String[] values = part.getHeader(name);
        return values == null ? new String[0] : values;
    }

    /** The first text of a message (a plain one, or the first text part): where a free-form bounce says why. */
    private static String firstText(Part part) throws MessagingException, IOException {
        ContentType type = type(part);
        if (type.getPrimaryType().equalsIgnoreCase("multipart")) {
            MimeMultipart multipart = new MimeMultipart(part.getDataHandler().getDataSource());
            return multipart.getCount() == 0 ? "" : firstText(multipart.getBodyPart(0));
        }
        if (!type.getPrimaryType().equalsIgnoreCase("text")) {
            return "";
        }
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(new LimitedStream(out, 64 * 1024));
            return out.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static BounceReport used(BounceAddress.Found found, MailProblem problem, String status, String detail, String recipient) {
        return new BounceReport(Outcome.USED, found.delivery(), problem, status, oneLine(detail), recipient);
    }

    private static BounceReport unused(Outcome outcome, String detail) {
        return new BounceReport(outcome, null, null, null, oneLine(detail), null);
    }

    /** One line for a log or the console: every control character and line or paragraph separator, Unicode's too, a space. */
    static String oneLine(String text) {
        String t = text == null ? "" : ONE_LINE.matcher(text).replaceAll(" ").strip();
        return t.length() > 300 ? t.substring(0, 300) : t;
    }

    private static final Pattern ONE_LINE = Pattern.compile("(?U)[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+");

    /** Stops copying at a limit: a bounce may carry a whole newsletter back, and only its headers matter. */
    private static final class LimitedStream extends java.io.OutputStream {
        private final java.io.OutputStream out;
        private long left;

        LimitedStream(java.io.OutputStream out, long left) {
            this.out = out;
            this.left = Math.max(0, left);
        }

        @Override
        public void write(int b) throws IOException {
            if (left > 0) {
                out.write(b);
                left--;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            int n = (int) Math.min(len, left);
            if (n > 0) {
                out.write(b, off, n);
                left -= n;
            }
        }
    }
}
