package org.beacon.portal.inquiry;

import org.beacon.portal.platform.Refused;

/** A change to an inquiry that its rules forbid, said for the moderator; {@code field} names the field (or null). */
public class InquiryRefused extends Refused {

    private static final long serialVersionUID = 1L;

    public InquiryRefused(String field, String message) {
        super(field, message);
    }
}
