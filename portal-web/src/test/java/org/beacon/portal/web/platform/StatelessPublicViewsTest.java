package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatelessPublicViewsTest {

    @Test
    void publicViewsAreStatelessAndTheConsoleKeepsItsState() {
        assertThat(StatelessPublicViews.isPublic("/index.xhtml")).isTrue();
        assertThat(StatelessPublicViews.isPublic("/login.xhtml")).isTrue();
        assertThat(StatelessPublicViews.isPublic("/admin/index.xhtml")).isFalse();
        assertThat(StatelessPublicViews.isPublic("/admin/mail/index.xhtml")).isFalse();
    }
}
