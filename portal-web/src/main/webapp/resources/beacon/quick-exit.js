/*
 * Quick exit: leave for a neutral site and replace this page in the history, so Back does not bring it up
 * again. Without JavaScript the link still leaves, only without touching the history. Esc pressed twice in a
 * row leaves too, for a visitor who cannot reach the mouse in time. The first Esc also closes an open sub-menu
 * (content shown on hover must be dismissable, WCAG 1.4.13); it opens again when the pointer or focus comes back.
 * With "no trail" on (data-no-trail, PORTAL_QUICK_EXIT_NO_TRAIL), a link to another page of the site replaces the
 * page in the history instead of adding one: the site is one entry however far one reads, and the quick exit
 * replaces that one, so Back never comes back here.
 */
(function () {
    "use strict";

    function leave(url) {
        document.body.style.visibility = "hidden";
        window.location.replace(url);
    }

    document.addEventListener("DOMContentLoaded", function () {
        var link = document.getElementById("quick-exit");
        if (!link) {
            return;
        }
        link.addEventListener("click", function (event) {
            event.preventDefault();
            leave(link.href);
        });
        if (link.getAttribute("data-no-trail") === "true") {
            document.addEventListener("click", function (event) {
                var a = event.target.closest ? event.target.closest("a[href]") : null;
                if (!a || a === link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey
                        || event.shiftKey || event.altKey || a.target || a.hasAttribute("download")) {
                    return;
                }
                var to = new URL(a.href, window.location.href);
                if (to.origin !== window.location.origin) {
                    return; // another site: the site's own entry stays the one entry
                }
                // A place on this page too (the jump to "where to get help"): a replaced entry, not a new one.
                event.preventDefault();
                window.location.replace(to.href);
            });
            // A search or the short sign-up (GET forms) likewise; a form that posts goes as it is.
            document.addEventListener("submit", function (event) {
                var form = event.target;
                if (event.defaultPrevented || (form.method || "get").toLowerCase() !== "get") {
                    return;
                }
                var to = new URL(form.action || window.location.href, window.location.href);
                if (to.origin !== window.location.origin) {
                    return;
                }
                to.search = new URLSearchParams(new FormData(form)).toString();
                event.preventDefault();
                window.location.replace(to.href);
            });
        }
        var lastEscape = 0;
        document.addEventListener("keydown", function (event) {
            if (event.key !== "Escape") {
                return;
            }
            document.querySelectorAll(".has-sub:hover, .has-sub:focus-within").forEach(function (entry) {
                entry.classList.add("dismissed");
                var reopen = function () {
                    entry.classList.remove("dismissed");
                    entry.removeEventListener("mouseleave", reopen);
                    entry.removeEventListener("focusout", reopen);
                };
                entry.addEventListener("mouseleave", reopen);
                entry.addEventListener("focusout", reopen);
            });
            var now = Date.now();
            if (now - lastEscape < 1000) {
                leave(link.href);
            }
            lastEscape = now;
        });
    });
})();
