package org.beacon.portal.event;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.beacon.portal.mail.HeaderText;
import org.beacon.portal.mail.ValidMailAddress;

/** The short registration form; the same rules give the messages beside the fields and bind the service. */
public class RegistrationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Enter your name.")
    @Size(max = 120, message = "Keep your name under 120 characters.")
    @Pattern(regexp = HeaderText.ONE_LINE, message = "Your name must be on one line.")
    private String name;

    @ValidMailAddress
    private String email;

    @Size(max = 200, message = "Keep the organisation under 200 characters.")
    @Pattern(regexp = HeaderText.ONE_LINE, message = "The organisation must be on one line.")
    private String organisation;

    @Size(max = 1000, message = "Keep this under 1,000 characters.")
    private String accessibility;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public void setAccessibility(String accessibility) {
        this.accessibility = accessibility;
    }
}
