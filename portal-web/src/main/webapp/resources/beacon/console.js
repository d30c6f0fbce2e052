// The console's own fixes to what PrimeFaces and Quill draw, run when the page has loaded and after each ajax update.
(function () {
    'use strict';
    document.documentElement.classList.add('js');

    function nameOf(element) {
        return element.getAttribute('aria-label') || element.getAttribute('title') || '';
    }

    function fix() {
        // An icon-only button's hidden text is the placeholder "ui-button": it becomes the button's name, so that what
        // is read and what the button is called agree (WCAG 2.5.3, axe's label-content-name-mismatch).
        document.querySelectorAll('.ui-button-icon-only').forEach(function (button) {
            var name = nameOf(button);
            var text = button.querySelector('.ui-button-text');
            if (name && text && text.textContent !== name) {
                text.textContent = name;
                button.setAttribute('aria-label', name);
            }
        });
        // Quill's pickers are spans with role=button and no name; its editing area takes its field's label.
        document.querySelectorAll('.ql-picker').forEach(function (picker) {
            var label = picker.querySelector('.ql-picker-label');
            if (label && !label.hasAttribute('aria-label')) {
                label.setAttribute('aria-label', picker.classList.contains('ql-header') ? 'Heading level' : 'Text style');
            }
        });
        document.querySelectorAll('.ui-texteditor').forEach(function (editor) {
            // Its label is just before it, or before the box around it.
            var field = null;
            for (var holder = editor; holder && !field; holder = holder.parentElement) {
                var before = holder.previousElementSibling;
                field = before && before.classList.contains('editor-label') ? before : null;
                if (holder.classList.contains('form-grid')) {
                    break;
                }
            }
            var area = editor.querySelector('.ql-editor');
            if (field) {
                if (!field.id) {
                    field.id = editor.id + '_label';
                }
                editor.setAttribute('aria-labelledby', field.id);
                if (area) {
                    area.setAttribute('aria-labelledby', field.id);
                }
            }
        });
        // A table box that scrolls sideways can be reached and scrolled with the keyboard.
        document.querySelectorAll('.table-scroll, .ui-datatable-tablewrapper').forEach(function (box) {
            if (box.scrollWidth > box.clientWidth && !box.hasAttribute('tabindex')) {
                box.setAttribute('tabindex', '0');
            }
        });
    }

    // On a phone the menu folds behind one button.
    function menu() {
        var toggle = document.getElementById('admin-menu-toggle');
        var nav = document.getElementById('admin-nav');
        if (!toggle || !nav || toggle.dataset.ready) {
            return;
        }
        toggle.dataset.ready = 'yes';
        toggle.addEventListener('click', function () {
            var open = nav.classList.toggle('open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
    }

    // Figures that update by themselves can be paused, and resumed (WCAG 2.2.2).
    function pause() {
        var button = document.getElementById('pause-updates');
        if (!button || button.dataset.ready) {
            return;
        }
        button.dataset.ready = 'yes';
        button.addEventListener('click', function () {
            var poll = window.PF && PF(button.dataset.poll);
            var paused = button.getAttribute('aria-pressed') !== 'true';
            if (poll) {
                if (paused) {
                    poll.stop();
                } else {
                    poll.start();
                }
            }
            button.setAttribute('aria-pressed', paused ? 'true' : 'false');
            button.textContent = paused ? 'Resume updates' : 'Pause updates';
        });
        // A tab in the background asks the server for nothing; brought back, it catches up at once, unless paused.
        document.addEventListener('visibilitychange', function () {
            var poll = window.PF && PF(button.dataset.poll);
            if (!poll || button.getAttribute('aria-pressed') === 'true') {
                return;
            }
            if (document.hidden) {
                poll.stop();
            } else {
                poll.start();
                poll.cfg.fn();
            }
        });
    }

    function all() {
        fix();
        menu();
        pause();
    }

    document.addEventListener('DOMContentLoaded', function () {
        all();
        setTimeout(all, 0);
        // Bound here, not as the script loads: PrimeFaces' jQuery may come after this script in the head.
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', all);
        }
    });
    window.addEventListener('load', all);
})();
