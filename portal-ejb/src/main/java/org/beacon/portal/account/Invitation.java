package org.beacon.portal.account;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.beacon.portal.mail.HeaderText;
import org.beacon.portal.mail.ValidMailAddress;

/** Who an administrator invites, and with which roles. The name goes into mail, so it is one line. */
public class Invitation implements Serializable {

    private static final long serialVersionUID = 1L;

    @ValidMailAddress
    private String email;

    @NotBlank(message = "Enter the person's name.")
    @Size(max = 120, message = "A name may be at most 120 characters.")
    @Pattern(regexp = HeaderText.ONE_LINE, message = "A name cannot contain line breaks.")
    private String name;

    @NotEmpty(message = "Choose at least one role.")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    public Invitation() {
    }

    public Invitation(String email, String name, Set<Role> roles) {
        this.email = email;
        this.name = name;
        this.roles = roles;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }
}
