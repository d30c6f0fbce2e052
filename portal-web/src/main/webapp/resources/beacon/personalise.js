/*
 * "Reader's first name" beside a newsletter or welcome-mail editor: puts {{firstName|there}} where the cursor was,
 * so nobody has to type the braces. A file, not inline script, because the console's CSP allows only our scripts.
 */
(function () {
    "use strict";

    document.addEventListener("click", function (event) {
        var button = event.target.closest(".insert-first-name");
        if (!button) {
            return;
        }
        var quill = PF(button.getAttribute("data-editor")).editor;
        var range = quill.getSelection(true);
        var index = range ? range.index : Math.max(quill.getLength() - 1, 0);
        quill.insertText(index, "{{firstName|there}}", "user");
        quill.setSelection(index + "{{firstName|there}}".length, 0, "user");
    });
})();
