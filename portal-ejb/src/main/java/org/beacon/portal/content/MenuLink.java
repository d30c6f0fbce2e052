package org.beacon.portal.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an editor submits for a menu entry: a label and either a page (which it follows when the page's address
 * changes) or an address, site-relative such as {@code /news} or absolute such as {@code https://www.accce.gov.au}.
 */
public record MenuLink(
        @NotBlank(message = "Give the link a label.") @Size(max = 80, message = "The label may be at most 80 characters.") String label,
        Long pageId,
        @Size(max = 500, message = "The address may be at most 500 characters.") String address) {

    /** What is wrong with an address a person typed, if anything: the one rule for the console and the service. */
    public static Optional<String> addressProblem(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of("Choose a page or type an address.");
        }
        String a = address.strip();
        if (a.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return Optional.of("An address cannot contain spaces or line breaks.");
        }
        try {
            URI uri = new URI(a);
            String scheme = uri.getScheme();
            boolean sitePath = scheme == null && a.startsWith("/") && !a.startsWith("//");
            boolean web = ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) && uri.getHost() != null;
            boolean mailOrPhone = ("mailto".equalsIgnoreCase(scheme) || "tel".equalsIgnoreCase(scheme)) && uri.getSchemeSpecificPart().length() > 1;
            if (sitePath || web || mailOrPhone) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            // falls through to the explanation
        }
        return Optional.of("Type a site address starting with / (such as /news) or a full address starting with https://.");
    }
}
