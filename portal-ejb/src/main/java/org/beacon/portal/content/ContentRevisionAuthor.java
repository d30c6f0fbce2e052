package org.beacon.portal.content;

import java.security.Principal;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.ejb.EJBContext;

import org.hibernate.envers.RevisionListener;

/** Signs each revision with the caller of the EJB that saved it. */
public class ContentRevisionAuthor implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((ContentRevision) revision).setRevisedBy(caller());
    }

    private static String caller() {
        try {
            Principal principal = InitialContext.<EJBContext>doLookup("java:comp/EJBContext").getCallerPrincipal();
            return principal == null ? null : principal.getName();
        } catch (NamingException | IllegalStateException e) {
            return null;
        }
    }
}
