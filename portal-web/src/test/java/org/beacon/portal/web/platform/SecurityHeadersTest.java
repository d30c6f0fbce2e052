package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.beacon.portal.platform.PortalSettings;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Behind https (PORTAL_BASE_URL), as a TLS proxy in front of the server makes it: what a browser is told. */
class SecurityHeadersTest {

    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final FilterChain chain = mock(FilterChain.class);

    @Test
    void aPlainHttpRequestIsSentToTheSameAddressOnHttpsAndTheAnswerCarriesHsts() throws Exception {
        HttpServletRequest request = request("GET", "/news", "page=2", false);

        filter("https://portal.example.org").doFilter(request, response, chain);

        verify(response).setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        verify(response).setHeader("Location", "https://portal.example.org/news?page=2");
        verify(response).setHeader("Strict-Transport-Security", "max-age=31536000");
        verify(chain, never()).doFilter(request, response);
    }

    @Test
    void aFormPostedOverHttpIsRedirectedKeepingItsMethod() throws Exception {
        HttpServletRequest request = request("POST", "/contact", null, false);

        filter("https://portal.example.org").doFilter(request, response, chain);

        verify(response).setStatus(308);
    }

    @Test
    void anHttpsRequestGoesThroughWithHstsAndTheLoadBalancersHealthCheckStaysOnHttp() throws Exception {
        HttpServletRequest secure = request("GET", "/news", null, true);
        filter("https://portal.example.org").doFilter(secure, response, chain);
        verify(chain).doFilter(secure, response);
        verify(response).setHeader("Strict-Transport-Security", "max-age=31536000");

        HttpServletRequest health = request("GET", "/health", null, false);
        filter("https://portal.example.org").doFilter(health, response, chain);
        verify(chain).doFilter(health, response);
    }

    @Test
    void overPlainHttpNothingIsRedirectedAndNoHstsIsSent() throws Exception {
        HttpServletRequest request = request("GET", "/news", null, false);

        filter("http://localhost:8080").doFilter(request, response, chain);

        verify(chain).doFilter(request, response);
        ArgumentCaptor<String> names = ArgumentCaptor.forClass(String.class);
        verify(response, org.mockito.Mockito.atLeastOnce()).setHeader(names.capture(), org.mockito.ArgumentMatchers.anyString());
        assertThat(names.getAllValues()).doesNotContain("Strict-Transport-Security", "Location");
    }

    private static SecurityHeaders filter(String baseUrl) {
        PortalSettings settings = mock(PortalSettings.class);
        when(settings.baseUrl()).thenReturn(URI.create(baseUrl));
        SecurityHeaders filter = new SecurityHeaders(settings);
        filter.init();
        return filter;
    }

    private static HttpServletRequest request(String method, String path, String query, boolean secure) {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getMethod()).thenReturn(method);
        when(request.getContextPath()).thenReturn("");
        when(request.getRequestURI()).thenReturn(path);
        when(request.getQueryString()).thenReturn(query);
        when(request.isSecure()).thenReturn(secure);
        when(request.getDispatcherType()).thenReturn(DispatcherType.REQUEST);
        return request;
    }
}
