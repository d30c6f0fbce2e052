package org.beacon.portal.inquiry;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.beacon.portal.mail.OutboundMail;

/** One inquiry as a moderator opens it: the message, its history, the mail sent about it, when it will be erased. */
public record InquiryDetail(Inquiry inquiry, List<InquiryEvent> history, List<OutboundMail> mail, Instant erasedAfter) implements Serializable {
}
