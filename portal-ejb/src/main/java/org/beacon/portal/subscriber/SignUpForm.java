package org.beacon.portal.subscriber;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.beacon.portal.mail.ValidMailAddress;

/** What the sign-up form asks, with its rules; the form shows them beside each field, the service checks again. */
public class SignUpForm {

    @ValidMailAddress
    private String email;

    @Size(max = 100, message = "Your first name may be at most 100 characters.")
    @Pattern(regexp = Subscriber.FIRST_NAME_RULE, message = "Your first name cannot contain line breaks or angle brackets.")
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
