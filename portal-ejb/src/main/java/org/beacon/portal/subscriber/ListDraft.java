package org.beacon.portal.subscriber;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What staff type for a list. */
public record ListDraft(
        @NotBlank(message = "Give the list a name.") @Size(max = 120, message = "The name may be at most 120 characters.") String name,
        @Size(max = 500, message = "The description may be at most 500 characters.") String description,
        boolean publicList) {
}
