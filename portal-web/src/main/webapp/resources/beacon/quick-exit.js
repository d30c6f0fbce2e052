/*
 * Quick exit: leave for a neutral site and replace this page in the history, so Back does not bring it up
 * again. Without JavaScript the link still leaves, only without touching the history. Esc pressed twice in a
 * row leaves too, for a visitor who cannot reach the mouse in time.
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
            var now = Date.now();
            if (now - lastEscape < 1000) {
                leave(link.href);
            }
            lastEscape = now;
        });
    });
})();
