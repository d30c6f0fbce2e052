package org.beacon.portal.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.primefaces.context.PrimeFacesContext;

/** This response's CSP nonce, for the public forms that must send it back (see csp-nonce.xhtml). */
@Named
@RequestScoped
public class CspNonce {

    public String getValue() {
        FacesContext context = FacesContext.getCurrentInstance();
        return PrimeFacesContext.getCspState(context).getNonce();
    }
}
