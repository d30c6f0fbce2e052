package org.beacon.portal.content;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an editor submits for a page. {@code parentId} nests it under another page (menus are edited apart, see
 * {@link MenuEditing}). The body is sanitised when it is applied, not here.
 */
public record PageDraft(
        @Size(max = 120, message = "The address may be at most 120 characters.") String slug,
        @NotBlank(message = "Give the page a title.") @Size(max = 200, message = "The title may be at most 200 characters.") String title,
        @Size(max = 500, message = "The summary may be at most 500 characters.") String summary,
        @Size(max = 100_000, message = "The text is too long (100,000 characters at most).") String body,
        Long parentId,
        Long imageId,
        @Size(max = 200, message = "The search title may be at most 200 characters.") String seoTitle,
        @Size(max = 300, message = "The search description may be at most 300 characters.") String seoDescription) {

    String slugOrTitle() {
        return slug == null || slug.isBlank() ? title : slug;
    }
}
