package org.beacon.portal.subscriber;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;

import org.beacon.portal.mail.ValidMailAddress;
import org.beacon.portal.platform.FirstName;

/** What the sign-up form asks, with its rules; the form shows them beside each field, the service checks again. */
public class SignUpForm {

    @ValidMailAddress
    private String email;

    @FirstName
    private String firstName;

    @NotEmpty(message = "Choose at least one list.")
    private Set<Long> lists = new LinkedHashSet<>();

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
}
