package org.beacon.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

class PlatformEndpointsIT {

    @Test
    void healthReportsTheDatabaseAndTheMailServerUp() throws Exception {
        HttpResponse<String> response = Portal.get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":\"UP\",\"database\":\"UP\",\"mail\":\"UP\"}");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = Portal.get("/the-issue");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Content-Security-Policy"))
                .singleElement().satisfies(policy -> assertThat(policy)
                        .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                        .containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';$"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).contains("same-origin");
    }

    @Test
    void theOldHomeSlugMovesPermanentlyToTheRoot() throws Exception {
        HttpResponse<String> response = Portal.get("/home");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
    }
}
