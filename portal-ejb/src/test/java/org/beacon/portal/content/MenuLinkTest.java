package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MenuLinkTest {

    @ParameterizedTest
    @ValueSource(strings = {"/news", "/the-issue#definitions", "/search?q=grooming", "https://www.accce.gov.au/report",
            "http://example.org", "mailto:info@beacon.example", "tel:+61200000000"})
    void siteAddressesAndFullWebMailAndPhoneAddressesAreAccepted(String address) {
        assertThat(MenuLink.addressProblem(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
            "//evil.example/x", "news", "https://", "/a b", "/news\r\nSet-Cookie: x=1", "vbscript:msgbox", "ftp://example.org", " "})
    void scriptsProtocolRelativeRelativeAndBrokenAddressesAreRefusedWithAReason(String address) {
        assertThat(MenuLink.addressProblem(address)).get().asString().isNotBlank();
    }
}
