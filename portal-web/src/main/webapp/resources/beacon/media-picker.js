/*
 * The editor's picture button: opens the library dialog and puts the chosen picture, with the library's alt text,
 * where the cursor was in the text. A file, not inline script, because the console's CSP allows only our scripts.
 */
(function () {
    "use strict";

    document.addEventListener("click", function (event) {
        if (event.target.closest("#insert-picture")) {
            PF("pictures").show();
            return;
        }
        var choice = event.target.closest(".insert-picture");
        if (!choice) {
            return;
        }
        var quill = PF("bodyEditor").editor;
        // getSelection(true) focuses the editor and gives back where the cursor was before the dialog took focus.
        var range = quill.getSelection(true);
        var index = range ? range.index : Math.max(quill.getLength() - 1, 0);
        quill.insertEmbed(index, "image", choice.getAttribute("data-src"), "user");
        quill.formatText(index, 1, "alt", choice.getAttribute("data-alt"), "user");
        quill.setSelection(index + 1, 0, "user");
        // After this click has run its course: hidden from inside its own handler, the dialog could come back when a
        // quick click landed while it was still being shown.
        window.setTimeout(function () {
            PF("pictures").hide();
        }, 0);
    });
})();
