package org.beacon.portal.web.inquiry;

import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.beacon.portal.inquiry.InquiryModeration;
import org.beacon.portal.inquiry.InquiryStatus;
import org.omnifaces.util.Faces;

/** The console menu's count of new inquiries, read once per request and only for staff who moderate. */
@Named
@RequestScoped
public class InquiryCounts {

    @EJB
    private InquiryModeration moderation;

    private Map<InquiryStatus, Long> counts;

    public boolean isModerator() {
        return Faces.isUserInRole("MODERATOR") || Faces.isUserInRole("ADMIN");
    }

    public long getNew() {
        if (!isModerator()) {
            return 0;
        }
        if (counts == null) {
            counts = moderation.countsByStatus();
        }
        return counts.getOrDefault(InquiryStatus.NEW, 0L);
    }
}
