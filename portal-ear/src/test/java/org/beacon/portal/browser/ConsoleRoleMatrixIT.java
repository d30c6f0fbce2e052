package org.beacon.portal.browser;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.beacon.portal.browser.ConsoleRoleMatrixIT.Caller.ADMIN;
import static org.beacon.portal.browser.ConsoleRoleMatrixIT.Caller.ANONYMOUS;
import static org.beacon.portal.browser.ConsoleRoleMatrixIT.Caller.COMMUNICATIONS;
import static org.beacon.portal.browser.ConsoleRoleMatrixIT.Caller.MODERATOR;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * Who may open each console page: one table, every page under {@code admin/} must have a row, and each kind of
 * caller asks for each page over HTTP with their own session. Someone signed in without the role gets the console's
 * 403 page; someone not signed in is sent to sign in. Other spellings of a page's address (.jsf, .faces,
 * /faces/...) never serve it to anyone the table does not name.
 */
@ExtendWith(Browser.class)
class ConsoleRoleMatrixIT {

    enum Caller {
        ANONYMOUS, MODERATOR, COMMUNICATIONS, ADMIN
    }

    private static final Set<Caller> STAFF = EnumSet.of(MODERATOR, COMMUNICATIONS, ADMIN);
    private static final Set<Caller> INQUIRY_STAFF = EnumSet.of(MODERATOR, ADMIN);
    private static final Set<Caller> COMMUNICATIONS_STAFF = EnumSet.of(COMMUNICATIONS, ADMIN);
    private static final Set<Caller> ADMINISTRATORS = EnumSet.of(ADMIN);

    /**
     * Page (its file under admin/ without .xhtml, or a console servlet) and who may open it. A capability's pages
     * share its folder, {@code admin/<capability>/}, and with it one constraint in web.xml.
     */
    private static final Map<String, Set<Caller>> PAGES = Map.ofEntries(
            entry("index", STAFF),
            entry("account", STAFF),
            entry("confirm", STAFF),
            entry("inquiry/index", INQUIRY_STAFF),
            entry("inquiry/view", INQUIRY_STAFF),
            entry("content/index", COMMUNICATIONS_STAFF),
            entry("content/page", COMMUNICATIONS_STAFF),
            entry("content/home", COMMUNICATIONS_STAFF),
            entry("content/menus", COMMUNICATIONS_STAFF),
            entry("content/news", COMMUNICATIONS_STAFF),
            entry("content/article", COMMUNICATIONS_STAFF),
            entry("content/media", COMMUNICATIONS_STAFF),
            entry("content/preview", COMMUNICATIONS_STAFF),
            entry("event/index", COMMUNICATIONS_STAFF),
            entry("event/edit", COMMUNICATIONS_STAFF),
            entry("subscriber/index", COMMUNICATIONS_STAFF),
            entry("subscriber/view", COMMUNICATIONS_STAFF),
            entry("subscriber/lists", COMMUNICATIONS_STAFF),
            entry("subscriber/import", COMMUNICATIONS_STAFF),
            entry("newsletter/index", COMMUNICATIONS_STAFF),
            entry("newsletter/edit", COMMUNICATIONS_STAFF),
            entry("newsletter/preview", COMMUNICATIONS_STAFF),
            entry("staff/index", ADMINISTRATORS),
            entry("staff/member", ADMINISTRATORS),
            entry("staff/audit", ADMINISTRATORS),
            entry("mail/index", ADMINISTRATORS),
            entry("settings/index", ADMINISTRATORS),
            entry("system", ADMINISTRATORS));

    /** Console addresses that are servlets rather than Faces pages. */
    private static final Set<String> SERVLETS = Set.of("newsletter/preview");

    private static final Path VIEWS = Path.of("..", "portal-web", "src", "main", "webapp", "admin");

    @Test
    void everyConsolePageHasARow() throws IOException {
        Set<String> views = new TreeSet<>();
        try (Stream<Path> files = Files.walk(VIEWS)) {
            files.filter(f -> f.getFileName().toString().endsWith(".xhtml"))
                    .forEach(f -> views.add(VIEWS.relativize(f).toString().replace(".xhtml", "")));
        }
        assertThat(views).as("the scan of " + VIEWS.toAbsolutePath()).contains("index", "inquiry/index", "staff/index");
        assertThat(PAGES.keySet()).as("pages with no row, and rows with no page")
                .containsExactlyInAnyOrderElementsOf(union(views, SERVLETS));
    }

    @Test
    void eachRoleOpensExactlyThePagesTheTableGivesIt(WebDriver browser) throws Exception {
        Map<Caller, String> sessions = sessions(browser);
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Set<Caller>> page : PAGES.entrySet()) {
            for (String path : addresses(page.getKey())) {
                for (Caller caller : Caller.values()) {
                    HttpResponse<String> answer = get(path, sessions.get(caller));
                    boolean allowed = page.getValue().contains(caller);
                    String outcome = outcome(answer);
                    // A detail page or the preview servlet asked for without an id has nothing to show: "not there" is its answer.
                    String expected = allowed ? "opened" : caller == ANONYMOUS ? "sent to sign in" : "refused";
                    if (!outcome.equals(expected) && !(allowed && outcome.equals("not there"))) {
                        wrong.add(path + " as " + caller + ": " + outcome + " (HTTP " + answer.statusCode() + "), expected " + expected);
                    }
                }
            }
            for (Caller caller : Caller.values()) {
                if (!page.getValue().contains(caller) && !SERVLETS.contains(page.getKey())) {
                    for (String spelling : List.of("/admin/" + page.getKey() + ".xhtml", "/admin/" + page.getKey() + ".jsf",
                            "/admin/" + page.getKey() + ".faces", "/faces/admin/" + page.getKey())) {
                        HttpResponse<String> other = get(spelling, sessions.get(caller));
                        if (outcome(other).equals("opened")) {
                            wrong.add(spelling + " as " + caller + ": opened (HTTP " + other.statusCode() + ")");
                        }
                    }
                }
            }
        }
        assertThat(wrong).as("pages that did not answer as the table says").isEmpty();
    }

    /**
     * The addresses a page answers at: a folder's index at the folder with and without the slash (the constraint's
     * "/admin/inquiry/*" covers both), any other page at its name without .xhtml.
     */
    private static List<String> addresses(String page) {
        if (page.equals("index")) {
            return List.of("/admin/");
        }
        if (page.endsWith("/index")) {
            String folder = "/admin/" + page.substring(0, page.length() - "/index".length());
            return List.of(folder + "/", folder);
        }
        return List.of("/admin/" + page);
    }

    /** What the person sees: the page, the console's 403 page, the sign-in form, or (for odd spellings) nothing there. */
    private static String outcome(HttpResponse<String> answer) {
        int status = answer.statusCode();
        String location = answer.headers().firstValue("Location").orElse("");
        if (status == 403 && answer.body().contains("This page is not for your role")) {
            return "refused";
        }
        if (status / 100 == 3 && location.contains("/login")) {
            return "sent to sign in";
        }
        if (status == 404 || status / 100 == 3) {
            return "not there";
        }
        if (status == 200) {
            return "opened";
        }
        return "answered " + status;
    }

    private static HttpResponse<String> get(String path, String session) throws Exception {
        return session == null ? Portal.get(path) : Portal.get(path, "Cookie", "JSESSIONID=" + session);
    }

    /** A session for each role, made as people make them: invited by the administrator, accepted from the mail. */
    static Map<Caller, String> sessions(WebDriver browser) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String password = "lantern orchard cobalt " + run;
        Map<Caller, String> sessions = new EnumMap<>(Caller.class);
        StaffSignInIT.signInAt(browser, "/admin/staff/");
        sessions.put(ADMIN, session(browser));
        StaffInvitations.invite(browser, "matrix-mod-" + run + "@beacon.test", "Matrix Moderator", "MODERATOR");
        StaffInvitations.invite(browser, "matrix-comms-" + run + "@beacon.test", "Matrix Comms", "COMMUNICATIONS");
        StaffInvitations.accept(browser, "matrix-mod-" + run + "@beacon.test", password);
        sessions.put(MODERATOR, session(browser));
        StaffInvitations.accept(browser, "matrix-comms-" + run + "@beacon.test", password);
        sessions.put(COMMUNICATIONS, session(browser));
        return sessions;
    }

    private static String session(WebDriver browser) {
        return browser.manage().getCookieNamed("JSESSIONID").getValue();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
