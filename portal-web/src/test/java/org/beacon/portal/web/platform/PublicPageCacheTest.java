package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Test;

/** Which requests may share a cached page. */
class PublicPageCacheTest {

    @Test
    void nothingIsSharedWithARequestThatHasASessionOrASignedInPerson() {
        HttpServletRequest withSession = get("/the-issue", null);
        when(withSession.getSession(false)).thenReturn(mock(HttpSession.class));
        HttpServletRequest signedIn = get("/the-issue", null);
        when(signedIn.getUserPrincipal()).thenReturn(mock(Principal.class));

        assertThat(PublicPageCache.cacheKey(withSession)).isNull();
        assertThat(PublicPageCache.cacheKey(signedIn)).isNull();
        assertThat(PublicPageCache.cacheKey(get("/the-issue", null))).isEqualTo("/the-issue");
    }

    @Test
    void onlyTheCanonicalSpellingOfAnAddressIsSharedSoVariantsNeitherFillTheCacheNorGetAnotherPage() {
        assertThat(PublicPageCache.cacheKey(get("/news/2026/safer-internet-day", null))).isEqualTo("/news/2026/safer-internet-day");
        assertThat(PublicPageCache.cacheKey(get("/", null))).isEqualTo("/");
        assertThat(PublicPageCache.cacheKey(get("/feed.xml", null))).isEqualTo("/feed.xml");
        for (String variant : java.util.List.of("/the-issue/", "//the-issue", "/./the-issue", "/news/../the-issue", "/the-%69ssue",
                "/The-Issue", "/the-issue;jsessionid=x", "/the-issue.", "/.hidden")) {
            assertThat(PublicPageCache.cacheKey(get(variant, null))).as(variant).isNull();
        }
    }

    private static HttpServletRequest get(String servletPath, String query) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn("GET");
        when(request.getContextPath()).thenReturn("");
        when(request.getServletPath()).thenReturn(servletPath);
        when(request.getRequestURI()).thenReturn(servletPath);
        when(request.getQueryString()).thenReturn(query);
        return request;
    }
}
