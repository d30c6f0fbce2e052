package org.beacon.portal.web.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.primefaces.context.PrimeFacesContext;

/** This response's CSP nonce, for the public forms that must send it back (see csp-nonce.xhtml). */
@Named
@RequestScoped
public class CspNonce {

    /** A new nonce in PrimeFaces' own format (Base64 of a UUID), which it checks when the nonce comes back with a form. */
    static String fresh() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
    }

    public String getValue() {
        FacesContext context = FacesContext.getCurrentInstance();
        return PrimeFacesContext.getCspState(context).getNonce();
    }
}
