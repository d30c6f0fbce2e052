package org.beacon.portal.content;

import jakarta.ejb.ApplicationException;

/** Too many sizes are being made on this server just now: the browser may ask again in a few seconds (503). */
@ApplicationException
public class PicturesBusy extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PicturesBusy() {
        super("Pictures are being made; ask again shortly", null, false, false);
    }
}
