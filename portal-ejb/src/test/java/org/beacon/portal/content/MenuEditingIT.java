package org.beacon.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;

import org.beacon.portal.testing.AsAdministrator;
import org.beacon.portal.testing.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class MenuEditingIT {

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.create("menu-editing-it");
    }

    @EJB
    MenuEditing menus;

    @EJB
    PageEditing pages;

    @EJB
    PublishedContent published;

    @EJB
    AsAdministrator asAdministrator;

    private static String unique(String label) {
        return label + " " + UUID.randomUUID().toString().substring(0, 6);
    }

    private MenuItem add(Menu menu, String label, String address) throws Exception {
        return asAdministrator.call(() -> menus.add(menu, new MenuLink(label, null, address)));
    }

    private NavigationLink publicEntry(Menu menu, String label) {
        return published.menu(menu).stream().filter(link -> link.label().equals(label)).findFirst().orElseThrow();
    }

    @Test
    void anAnonymousCallerCannotEditMenus() {
        assertThatThrownBy(() -> menus.add(Menu.HEADER, new MenuLink("Nope", null, "/news"))).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anEntryForAPageShowsOnlyWhileThePageIsLiveAndFollowsItsAddress() throws Exception {
        String title = unique("For schools");
        Page page = asAdministrator.call(() -> pages.createPage(new PageDraft(null, title, null, "<p>x</p>", null, null, null, null)));
        asAdministrator.call(() -> menus.add(Menu.HEADER, new MenuLink("Schools", page.getId(), "ignored")));
        assertThat(published.menu(Menu.HEADER)).extracting(NavigationLink::path).doesNotContain(page.getPath());

        asAdministrator.call(() -> pages.publishPage(page.getId()));
        assertThat(published.menu(Menu.HEADER)).contains(new NavigationLink("Schools", page.getPath()));

        asAdministrator.call(() -> pages.updatePage(page.getId(),
                new PageDraft("schools-" + page.getId(), title, null, "<p>x</p>", null, null, null, null)));
        assertThat(published.menu(Menu.HEADER)).contains(new NavigationLink("Schools", "/schools-" + page.getId()));
    }

    @Test
    void entriesReorderAndNestOneLevelDeepAndComeOutAgain() throws Exception {
        String about = unique("About");
        MenuItem a = add(Menu.FOOTER, about, "/about-us");
        MenuItem b = add(Menu.FOOTER, unique("Team"), "/team");
        MenuItem c = add(Menu.FOOTER, unique("Reports"), "https://example.org/reports");

        asAdministrator.call(() -> menus.indent(b.getId()));
        asAdministrator.call(() -> menus.indent(c.getId()));
        assertThat(publicEntry(Menu.FOOTER, about).children()).extracting(NavigationLink::label).containsExactly(b.getLabel(), c.getLabel());

        asAdministrator.call(() -> menus.moveUp(c.getId()));
        assertThat(publicEntry(Menu.FOOTER, about).children()).extracting(NavigationLink::label).containsExactly(c.getLabel(), b.getLabel());
        assertThatThrownBy(() -> asAdministrator.call(() -> menus.indent(b.getId())))
                .isInstanceOf(ContentRefused.class).hasMessageContaining("two levels");
        assertThatThrownBy(() -> asAdministrator.call(() -> menus.moveUp(c.getId()))).isInstanceOf(ContentRefused.class);

        asAdministrator.call(() -> menus.outdent(c.getId()));
        List<String> top = published.menu(Menu.FOOTER).stream().map(NavigationLink::label).toList();
        assertThat(top).containsSubsequence(about, c.getLabel());
        assertThat(top.indexOf(c.getLabel())).isEqualTo(top.indexOf(about) + 1);
        assertThat(publicEntry(Menu.FOOTER, about).children()).extracting(NavigationLink::label).containsExactly(b.getLabel());

        List<MenuEntry> console = asAdministrator.call(() -> menus.menu(Menu.FOOTER));
        MenuEntry child = console.stream().filter(e -> e.id() == b.getId()).findFirst().orElseThrow();
        assertThat(child.depth()).isEqualTo(1);
        assertThat(child.canOutdent()).isTrue();
        assertThat(child.canIndent()).isFalse();
    }

    @Test
    void removingAnEntryRemovesWhatIsUnderItAndLeavesTheRestInOrder() throws Exception {
        MenuItem parent = add(Menu.FOOTER, unique("Old section"), "/old");
        MenuItem child = add(Menu.FOOTER, unique("Old child"), "/old/child");
        asAdministrator.call(() -> menus.indent(child.getId()));
        MenuItem after = add(Menu.FOOTER, unique("After"), "/after");

        asAdministrator.call(() -> {
            menus.remove(parent.getId());
            return null;
        });

        List<MenuEntry> footer = asAdministrator.call(() -> menus.menu(Menu.FOOTER));
        assertThat(footer).extracting(MenuEntry::label).doesNotContain(parent.getLabel(), child.getLabel()).contains(after.getLabel());
        assertThat(footer.get(footer.size() - 1).label()).isEqualTo(after.getLabel());
        assertThat(footer.get(footer.size() - 2).canMoveDown()).isTrue();
    }

    @Test
    void aScriptOrHeaderInAnAddressIsRefusedAndNothingIsStored() throws Exception {
        String label = unique("Evil");
        assertThatThrownBy(() -> add(Menu.HEADER, label, "javascript:alert(1)")).isInstanceOf(ContentRefused.class);
        assertThatThrownBy(() -> add(Menu.HEADER, label, "/x\r\nLocation: https://evil.example")).isInstanceOf(ContentRefused.class);
        assertThat(asAdministrator.call(() -> menus.menu(Menu.HEADER))).extracting(MenuEntry::label).doesNotContain(label);
    }
}
