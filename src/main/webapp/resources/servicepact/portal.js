/* The header's menu button on narrow screens: opens and closes the menu and the person's links beneath it. */
document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('portal-menu-toggle');
    if (!toggle) {
        return;
    }
    var header = toggle.closest('.portal-header');
    toggle.addEventListener('click', function () {
        var open = header.classList.toggle('portal-menu-open');
        toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
});

/* A chart wider than the screen scrolls: the keyboard must reach it to scroll it (WCAG 2.1.1). */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.ui-organigram .target').forEach(function (region) {
        region.setAttribute('tabindex', '0');
    });
});
