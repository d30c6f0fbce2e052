package org.beacon.portal.platform;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the request being served came from, as the web tier saw it (the servlet container has already applied any
 * trusted proxy's forwarded address). Empty for timers and batch jobs, which no client started.
 */
@RequestScoped
public class RequestOrigin {

    private String clientAddress;

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }
}
