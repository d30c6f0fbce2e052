package org.beacon.portal.inquiry;

import org.beacon.portal.platform.Refused;

/** Asked for an inquiry that does not exist (any more: retention may have erased it). */
public class InquiryNotFound extends Refused {

    private static final long serialVersionUID = 1L;

    public InquiryNotFound(long id) {
        super("No inquiry " + id);
    }
}
