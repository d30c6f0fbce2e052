package org.beacon.portal.web.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.Flash;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;

import org.beacon.portal.inquiry.Inquiries;
import org.beacon.portal.inquiry.InquiryTopic;
import org.beacon.portal.inquiry.Received;
import org.beacon.portal.inquiry.SpamSignals;
import org.beacon.portal.web.platform.FormTimer;
import org.beacon.portal.web.platform.SubmissionLimit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** What the contact form does when the database is down, which a browser test cannot arrange. */
class ContactFormTest {

    private final Inquiries inquiries = mock(Inquiries.class);
    private final FacesContext faces = mock(FacesContext.class);
    private final ExternalContext external = mock(ExternalContext.class);
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);
    private ContactForm contact;

    @BeforeEach
    void inAFacesRequest() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getRemoteAddr()).thenReturn("203.0.113.7");
        when(request.getContextPath()).thenReturn("");
        when(faces.getExternalContext()).thenReturn(external);
        when(external.getRequest()).thenReturn(request);
        when(external.getRequestContextPath()).thenReturn("");
        when(external.getFlash()).thenReturn(mock(Flash.class));
        when(external.encodeRedirectURL(anyString(), any())).thenAnswer(call -> call.getArgument(0));
        CurrentFaces.set(faces);
        contact = new ContactForm(inquiries, new FormTimer(clock, new byte[32]), new SubmissionLimit(clock, 5, new ConcurrentHashMap<>(), new byte[32]));
        contact.getForm().setTopic(InquiryTopic.MEDIA);
        contact.getForm().setName("Jo Journalist");
        contact.getForm().setEmail("jo@example.org");
        contact.getForm().setMessage("A long message I would hate to type again.");
        contact.getForm().setConsent(true);
    }

    @AfterEach
    void release() {
        CurrentFaces.set(null);
    }

    @Test
    void whenTheDatabaseFailsTheVisitorIsToldSoOnTheSamePageWithEverythingTheyTypedStillThere() throws Exception {
        when(inquiries.submit(any(), any())).thenThrow(new EJBException(new PersistenceException("Connection refused")));

        contact.send();

        ArgumentCaptor<FacesMessage> message = ArgumentCaptor.forClass(FacesMessage.class);
        verify(faces).addMessage(isNull(), message.capture());
        assertThat(message.getValue().getSeverity()).isEqualTo(FacesMessage.SEVERITY_ERROR);
        assertThat(message.getValue().getSummary()).contains("could not save your message", "still below", "000");
        verify(external, never()).redirect(anyString());
        assertThat(contact.getForm().getMessage()).isEqualTo("A long message I would hate to type again.");
        assertThat(contact.getForm().getName()).isEqualTo("Jo Journalist");
    }

    @Test
    void aStoredMessageRedirectsToTheThankYouPageWithItsReference() throws Exception {
        when(inquiries.submit(any(), any())).thenReturn(new Received("INQ-2026-000042", false));

        contact.send();

        verify(external).redirect(eq("/contact/thanks?ref=INQ-2026-000042"));
    }

    @Test
    void theSixthMessageInTenMinutesFromOneClientIsHeldBackWithItsTextKept() throws Exception {
        when(inquiries.submit(any(), any())).thenReturn(new Received("INQ-2026-000043", false));
        for (int i = 0; i < 5; i++) {
            contact.send();
        }
        contact.send();

        verify(inquiries, org.mockito.Mockito.times(5)).submit(any(), any(SpamSignals.class));
        ArgumentCaptor<FacesMessage> message = ArgumentCaptor.forClass(FacesMessage.class);
        verify(faces).addMessage(isNull(), message.capture());
        assertThat(message.getValue().getSummary()).contains("wait ten minutes", "still here");
    }

    /** FacesContext keeps its current instance behind a protected method. */
    private abstract static class CurrentFaces extends FacesContext {
        static void set(FacesContext context) {
            setCurrentInstance(context);
        }
    }
}
