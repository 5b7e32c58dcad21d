/* Live one-hour clock of TCO removal orders: <span class="tco-countdown" data-deadline="…UTC…" data-overdue="text">.
   Counts down from the server's UTC deadline; once past it shows the overdue text and marks its table row. */
(function () {
    function pad(n) {
        return (n < 10 ? '0' : '') + n;
    }
    function tick() {
        var now = Date.now();
        document.querySelectorAll('span.tco-countdown').forEach(function (el) {
            var deadline = Date.parse(el.getAttribute('data-deadline'));
            if (isNaN(deadline)) {
                return;
            }
            var left = Math.round((deadline - now) / 1000);
            if (left >= 0) {
                el.textContent = pad(Math.floor(left / 60)) + ':' + pad(left % 60);
            } else {
                var late = -left;
                el.textContent = el.getAttribute('data-overdue') + ' +' + Math.floor(late / 3600) + ':'
                    + pad(Math.floor(late / 60) % 60) + ':' + pad(late % 60);
                var row = el.closest('tr');
                if (row) {
                    row.classList.add('tco-overdue');
                }
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', tick);
    } else {
        tick();
    }
    setInterval(tick, 1000);
})();
