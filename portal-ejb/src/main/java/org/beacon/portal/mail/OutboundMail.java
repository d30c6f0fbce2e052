package org.beacon.portal.mail;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.beacon.portal.platform.RecordedEntity;

/** One mail in the outbox, with how its sending went. */
@Entity
@Table(name = "outbound_mail")
public class OutboundMail extends RecordedEntity {

    private static final long serialVersionUID = 1L;

    static final int MAX_SUBJECT = 250;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_mail_seq")
    @SequenceGenerator(name = "outbound_mail_seq", sequenceName = "outbound_mail_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(name = "reply_to", length = 254)
    private String replyTo;

    @Column(nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(length = 40)
    private String about;

    @Column(nullable = false)
    private boolean automatic;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "message_id", length = 250)
    private String messageId;

    @Column(name = "attachment_name", length = 100)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100)
    private String attachmentType;

    @Column(columnDefinition = "TEXT")
    private String attachment;

    @Column(columnDefinition = "TEXT")
    private String html;

    protected OutboundMail() {
        // for JPA
    }

    /** Addresses must already be checked; the subject loses any line break here, the one place that builds it. */
    OutboundMail(Mail mail, Instant now) {
        this.recipient = MailAddresses.checked(mail.recipient());
        this.replyTo = mail.replyTo() == null ? null : MailAddresses.checked(mail.replyTo());
        String oneLine = HeaderText.oneLine(mail.subject());
        this.subject = oneLine.length() > MAX_SUBJECT ? oneLine.substring(0, MAX_SUBJECT) : oneLine;
        this.body = mail.body();
        this.about = mail.about();
        this.automatic = mail.automatic();
        this.nextAttemptAt = now;
        this.html = mail.html();
        if (mail.attachment() != null) {
            // The name and type become MIME parameters: only safe characters, whatever the caller passed.
            this.attachmentName = mail.attachment().name().replaceAll("[^A-Za-z0-9._-]", "_");
            this.attachmentType = mail.attachment().type().replaceAll("[^a-z0-9/.+-]", "");
            this.attachment = mail.attachment().content();
        }
    }

    void sent(Instant at, String messageId) {
        status = MailStatus.SENT;
        attempts++;
        sentAt = at;
        nextAttemptAt = null;
        lastError = null;
        this.messageId = messageId == null || messageId.length() <= 250 ? messageId : messageId.substring(0, 250);
    }

    /** A failed attempt: try again at {@code retryAt}, or give up when there is none. */
    void failed(String error, Instant retryAt) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
        if (retryAt == null) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /**
     * Not tried for a reason that is not this mail's (the server refused the portal's sign-in or protection): it
     * waits, its attempts untouched, so that fixing the settings sends it however long that took.
     */
    void held(String reason, Instant retryAt) {
        lastError = reason.length() > 500 ? reason.substring(0, 500) : reason;
        nextAttemptAt = retryAt;
    }

    /** The Message-ID it was sent with ({@code <outbox-42@example.org>}), once sent. */
    public String getMessageId() {
        return messageId;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getAbout() {
        return about;
    }

    public boolean isAutomatic() {
        return automatic;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    /** The attached file, if the mail has one. */
    public Mail.Attachment getAttachment() {
        return attachment == null ? null : new Mail.Attachment(attachmentName, attachmentType, attachment);
    }

    /** The HTML version of the text, if the mail has one. */
    public String getHtml() {
        return html;
    }
}
