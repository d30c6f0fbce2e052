package org.beacon.portal.inquiry;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.beacon.portal.mail.ValidMailAddress;

/**
 * What a visitor fills in on the contact form, with the one set of rules: the form shows each broken rule beside
 * its field, and the service checks the same rules again. Names and phone numbers cannot hold line breaks, so
 * nothing typed here can become a second mail header.
 */
public class InquiryForm {

    public static final int MAX_MESSAGE = 5000;

    @NotNull(message = "Choose what your message is about.")
    private InquiryTopic topic = InquiryTopic.GENERAL;

    @NotBlank(message = "Enter your name.")
    @Size(max = 120, message = "Your name may be at most 120 characters.")
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "Your name cannot contain line breaks.")
    private String name;

    @Size(max = 200, message = "The organisation may be at most 200 characters.")
    @Pattern(regexp = "[^\\p{Cntrl}]*", message = "The organisation cannot contain line breaks.")
    private String organisation;

    @ValidMailAddress
    private String email;

    @Size(max = 40, message = "The phone number may be at most 40 characters.")
    @Pattern(regexp = "[0-9 +()\\-]*", message = "Use digits, spaces, + and brackets only.")
    private String phone;

    @NotBlank(message = "Write your message.")
    @Size(max = MAX_MESSAGE, message = "Your message may be at most 5,000 characters.")
    private String message;

    @AssertTrue(message = "Please confirm you have read how we handle your information.")
    private boolean consent;

    public InquiryTopic getTopic() {
        return topic;
    }

    public void setTopic(InquiryTopic topic) {
        this.topic = topic;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }
}
