/*
 * Quick exit: leave for a neutral site and replace this page in the history, so Back does not bring it up
 * again. Without JavaScript the link still leaves, only without touching the history. Esc pressed twice in a
 * row leaves too, for a visitor who cannot reach the mouse in time. The first Esc also closes an open sub-menu
 * (content shown on hover must be dismissable, WCAG 1.4.13); it opens again when the pointer or focus comes back.
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
