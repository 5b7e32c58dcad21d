/* Shows each <time class="local-time" datetime="…UTC…"> also in the visitor's own time zone. */
(function () {
    function localise() {
        var fmt = new Intl.DateTimeFormat(document.documentElement.lang || undefined,
            {dateStyle: 'medium', timeStyle: 'short', timeZoneName: 'short'});
        document.querySelectorAll('time.local-time').forEach(function (el) {
            var d = new Date(el.getAttribute('datetime'));
            if (!isNaN(d)) {
                el.textContent = fmt.format(d);
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', localise);
    } else {
        localise();
    }
})();
