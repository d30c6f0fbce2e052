package org.beacon.portal.web.platform;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * The public site keeps no server state for a visitor: its views are stateless, so reading a page neither creates
 * a session nor leaves a session cookie in the browser of someone who may need to hide that they were here. Only
 * signing in to the console starts a session.
 * <p>
 * The public template declares {@code <f:view transient="true">}, which is what lets a postback rebuild the view;
 * but a page's tags are only read when the view is built, after PrimeFaces has already stored its CSP nonce in the
 * view scope (and so in a new session). Hence the same flag here, right after the view is created.
 */
public class StatelessPublicViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        UIViewRoot view = event.getFacesContext().getViewRoot();
        if (view != null && isPublic(view.getViewId())) {
            view.setTransient(true);
        }
    }

    static boolean isPublic(String viewId) {
        return viewId != null && !viewId.startsWith("/admin/");
    }
}
