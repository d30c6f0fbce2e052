// Shows an online event's time in the visitor's own zone too, when it differs from the event's (the page states
// the event's zone; this only adds a line). No data leaves the browser.
(function () {
    document.querySelectorAll('[data-local-start]').forEach(function (el) {
        var start = new Date(el.getAttribute('data-local-start'));
        var end = new Date(el.getAttribute('data-local-end'));
        var visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        if (!visitorZone || visitorZone === el.getAttribute('data-zone') || isNaN(start) || isNaN(end)) {
            return;
        }
        var day = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
        var time = { hour: 'numeric', minute: '2-digit' };
        var zoneName = { hour: 'numeric', timeZoneName: 'short' };
        var text = start.toLocaleDateString(undefined, day) + ', ' + start.toLocaleTimeString(undefined, time) + ' – '
            + end.toLocaleTimeString(undefined, time) + ' '
            + (new Intl.DateTimeFormat(undefined, zoneName).formatToParts(end).filter(function (p) { return p.type === 'timeZoneName'; })
                .map(function (p) { return p.value; })[0] || visitorZone);
        el.querySelector('.local-time-value').textContent = text;
        el.hidden = false;
    });
})();
