package org.beacon.portal.newsletter;

import java.io.Serializable;

/**
 * A template a new newsletter can start from: {@code key} is {@code branded}, {@code announcement} or
 * {@code event-digest} for the built-in ones, {@code saved-<id>} for one staff saved.
 */
public record TemplateChoice(String key, String name, String description, boolean builtIn) implements Serializable {
}
