package org.beacon.portal.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MovedConsolePagesTest {

    @Test
    void anOldPageMovesWithItsQueryWhetherAskedForWithOrWithoutXhtml() {
        assertThat(MovedConsolePages.movedTo("/admin/page-edit", "id=3")).hasValue("/admin/content/page?id=3");
        assertThat(MovedConsolePages.movedTo("/admin/page-edit.xhtml", "id=3")).hasValue("/admin/content/page?id=3");
        assertThat(MovedConsolePages.movedTo("/admin/inquiries", null)).hasValue("/admin/inquiry/");
        assertThat(MovedConsolePages.movedTo("/admin/subscribers", "list=2&q=a%26b")).hasValue("/admin/subscriber/?list=2&q=a%26b");
    }

    @Test
    void aBareNameThatIsNowAFolderIsTheFolderUnlessAnIdAsksForTheOldPage() {
        assertThat(MovedConsolePages.movedTo("/admin/inquiry", null)).isEmpty();
        assertThat(MovedConsolePages.movedTo("/admin/inquiry", "status=NEW")).isEmpty();
        assertThat(MovedConsolePages.movedTo("/admin/inquiry", "grid=1")).isEmpty();
        assertThat(MovedConsolePages.movedTo("/admin/inquiry", "id=7")).hasValue("/admin/inquiry/view?id=7");
        assertThat(MovedConsolePages.movedTo("/admin/newsletter", "tab=2&id=6")).hasValue("/admin/newsletter/edit?tab=2&id=6");
        assertThat(MovedConsolePages.movedTo("/admin/inquiry.xhtml", null)).hasValue("/admin/inquiry/view");
        assertThat(MovedConsolePages.movedTo("/admin/staff", null)).isEmpty();
        assertThat(MovedConsolePages.movedTo("/admin/staff.xhtml", null)).hasValue("/admin/staff/");
    }

    @Test
    void todaysAddressesStayWhereTheyAre() {
        assertThat(MovedConsolePages.movedTo("/admin/", null)).isEmpty();
        assertThat(MovedConsolePages.movedTo("/admin/inquiry/", "id=7")).isEmpty();
        assertThat(MovedConsolePages.movedTo("/admin/inquiry/view", "id=7")).isEmpty();
        assertThat(MovedConsolePages.movedTo("/admin/content/news", null)).isEmpty();
        assertThat(MovedConsolePages.movedTo("/admin/account", null)).isEmpty();
    }

    @Test
    void anAddressMultiViewsSentToAFoldersIndexIsUnknownUnlessItIsThatFolder() {
        assertThat(MovedConsolePages.unknown("/admin/no-such-page", "/admin/index.xhtml")).isTrue();
        assertThat(MovedConsolePages.unknown("/admin/inquiry/nothing/here", "/admin/inquiry/index.xhtml")).isTrue();
        assertThat(MovedConsolePages.unknown("/admin/", "/admin/index.xhtml")).isFalse();
        assertThat(MovedConsolePages.unknown("/admin/inquiry", "/admin/inquiry/index.xhtml")).isFalse();
        assertThat(MovedConsolePages.unknown("/admin/inquiry/", "/admin/inquiry/index.xhtml")).isFalse();
        assertThat(MovedConsolePages.unknown("/admin/inquiry/index", "/admin/inquiry/index.xhtml")).isFalse();
        assertThat(MovedConsolePages.unknown("/admin/inquiry/view", "/admin/inquiry/view.xhtml")).isFalse();
    }
}
