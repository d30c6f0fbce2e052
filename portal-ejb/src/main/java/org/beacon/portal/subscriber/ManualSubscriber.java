package org.beacon.portal.subscriber;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.beacon.portal.mail.ValidMailAddress;
import org.beacon.portal.platform.FirstName;

/** One subscriber added by staff: only with the basis of their consent written down (Spam Act 2003). */
public class ManualSubscriber implements Serializable {

    private static final long serialVersionUID = 1L;

    @ValidMailAddress
    private String email;

    @FirstName(whose = "The first name")
    private String firstName;

    @NotEmpty(message = "Choose at least one list.")
    private Set<Long> lists = new LinkedHashSet<>();

    @NotBlank(message = "Say how this person consented, for example: asked in person at the symposium, 3 March 2026.")
    @Size(max = 300, message = "The basis of consent may be at most 300 characters.")
    private String consentBasis;

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public Set<Long> getLists() {
        return lists;
    }

    public void setLists(Set<Long> lists) {
        this.lists = lists == null ? new LinkedHashSet<>() : new LinkedHashSet<>(lists);
    }

    public String getConsentBasis() {
        return consentBasis;
    }

    public void setConsentBasis(String consentBasis) {
        this.consentBasis = consentBasis;
    }
}
