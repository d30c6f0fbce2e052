package org.beacon.portal.web.content;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.beacon.portal.content.NewsArticle;

/** schema.org JSON-LD for search engines, written so that nothing in it can end the script element early. */
public final class StructuredData {

    private StructuredData() {
    }

    static String newsArticle(NewsArticle article, String baseUrl, String organisation) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("headline", article.getHeadline())
                .add("url", baseUrl + article.getPath())
                .add("mainEntityOfPage", baseUrl + article.getPath())
                .add("publisher", Json.createObjectBuilder().add("@type", "Organization").add("name", organisation));
        if (article.getPublishAt() != null) {
            json.add("datePublished", article.getPublishAt().toString());
        }
        if (article.getUpdatedAt() != null) {
            json.add("dateModified", article.getUpdatedAt().toString());
        }
        if (article.getImage() != null) {
            json.add("image", baseUrl + article.getImage().getPath());
        }
        if (article.getDescription() != null) {
            json.add("description", article.getDescription());
        }
        if (article.getAuthor() != null && !article.getAuthor().isBlank()) {
            json.add("author", Json.createObjectBuilder().add("@type", "Person").add("name", article.getAuthor()));
        }
        return safe(json.build());
    }

    /** JSON that can sit inside a script element: no "<", ">" or "&" that could end it or start markup. */
    public static String safe(jakarta.json.JsonObject json) {
        return json.toString().replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
