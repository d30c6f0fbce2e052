package org.beacon.portal.event;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What staff type into the event form. The same rules give the messages beside the fields and bind the service;
 * the rules that need the database (capacity below registrations, a unique address) are the service's.
 */
public class EventDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How an event repeats: we offer the series organisers run (weekly, or "first Tuesday" monthly). */
    public enum Repeat {
        NONE, WEEKLY, MONTHLY
    }

    private String slug;

    @NotBlank(message = "Give the event a title.")
    @Size(max = 200, message = "Keep the title under 200 characters.")
    private String title;

    @Size(max = 500, message = "Keep the summary under 500 characters.")
    private String summary;

    @Size(max = 100_000, message = "The description is too long.")
    private String body;

    private Long imageId;

    @NotNull(message = "Choose what kind of event it is.")
    private EventKind kind = EventKind.EVENT;

    @NotBlank(message = "Choose the time zone the times are in.")
    private String zone = "Australia/Sydney";

    private boolean allDay;

    @NotNull(message = "Give the start.")
    private LocalDateTime start;

    @NotNull(message = "Give the end.")
    private LocalDateTime end;

    @NotNull
    private Repeat repeat = Repeat.NONE;

    private LocalDate repeatUntil;

    @Size(max = 1000, message = "Too many dates.")
    private String exceptions;

    @Size(max = 200, message = "Keep the venue name under 200 characters.")
    private String venueName;

    @Size(max = 500, message = "Keep the address under 500 characters.")
    private String venueAddress;

    private boolean online;

    @Size(max = 500, message = "The join link is too long.")
    @Pattern(regexp = "^$|^https://[^\\s<>\"]+$", message = "The join link must be a secure address starting with https://.")
    private String joinUrl;

    @Size(max = 200, message = "Keep the organiser under 200 characters.")
    private String organiser;

    private List<String> tags = new ArrayList<>();

    private boolean registration;

    @Min(value = 1, message = "Capacity is at least 1 (leave it empty for no limit).")
    private Integer capacity;

    private LocalDateTime registrationCloses;

    @Size(max = 200)
    private String seoTitle;

    @Size(max = 300)
    private String seoDescription;

    @AssertTrue(message = "Choose a time zone from the list, for example Australia/Sydney.")
    public boolean isZoneKnown() {
        return zone == null || zone.isBlank() || ZoneId.getAvailableZoneIds().contains(zone.strip());
    }

    @AssertTrue(message = "The end must be after the start.")
    public boolean isEndAfterStart() {
        if (start == null || end == null) {
            return true;
        }
        return allDay ? !end.toLocalDate().isBefore(start.toLocalDate()) : end.isAfter(start);
    }

    @AssertTrue(message = "An online event needs the link people join with (https://...).")
    public boolean isJoinLinkGivenWhenOnline() {
        return !online || joinUrl != null && !joinUrl.isBlank();
    }

    @AssertTrue(message = "Give a venue, or mark the event as online.")
    public boolean isSomewhere() {
        return online || venueName != null && !venueName.isBlank();
    }

    @AssertTrue(message = "The series must end after it starts.")
    public boolean isRepeatUntilAfterStart() {
        return repeat == Repeat.NONE || repeatUntil == null || start == null || !repeatUntil.isBefore(start.toLocalDate());
    }

    /** The slug typed, or the title to make one from. */
    public String slugOrTitle() {
        return slug == null || slug.isBlank() ? title : slug;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Long getImageId() {
        return imageId;
    }

    public void setImageId(Long imageId) {
        this.imageId = imageId;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public boolean isAllDay() {
        return allDay;
    }

    public void setAllDay(boolean allDay) {
        this.allDay = allDay;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public Repeat getRepeat() {
        return repeat;
    }

    public void setRepeat(Repeat repeat) {
        this.repeat = repeat == null ? Repeat.NONE : repeat;
    }

    public LocalDate getRepeatUntil() {
        return repeatUntil;
    }

    public void setRepeatUntil(LocalDate repeatUntil) {
        this.repeatUntil = repeatUntil;
    }

    public String getExceptions() {
        return exceptions;
    }

    public void setExceptions(String exceptions) {
        this.exceptions = exceptions;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getJoinUrl() {
        return joinUrl;
    }

    public void setJoinUrl(String joinUrl) {
        this.joinUrl = joinUrl == null ? null : joinUrl.strip();
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public boolean isRegistration() {
        return registration;
    }

    public void setRegistration(boolean registration) {
        this.registration = registration;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDateTime getRegistrationCloses() {
        return registrationCloses;
    }

    public void setRegistrationCloses(LocalDateTime registrationCloses) {
        this.registrationCloses = registrationCloses;
    }

    public String getSeoTitle() {
        return seoTitle;
    }

    public void setSeoTitle(String seoTitle) {
        this.seoTitle = seoTitle;
    }

    public String getSeoDescription() {
        return seoDescription;
    }

    public void setSeoDescription(String seoDescription) {
        this.seoDescription = seoDescription;
    }
}
