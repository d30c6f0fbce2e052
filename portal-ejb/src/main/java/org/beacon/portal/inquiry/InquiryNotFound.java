package org.beacon.portal.inquiry;

import jakarta.ejb.ApplicationException;

/** Asked for an inquiry that does not exist (any more: retention may have erased it). */
@ApplicationException(rollback = true)
public class InquiryNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InquiryNotFound(long id) {
        super("No inquiry " + id);
    }
}
