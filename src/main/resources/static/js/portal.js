// The portal article's tools: font size (大/中/小, remembered for the session) and print.
document.addEventListener('DOMContentLoaded', function () {
    var article = document.getElementById('article');
    if (!article) {
        return;
    }
    function size(s) {
        article.classList.remove('size-l', 'size-m', 'size-s');
        article.classList.add('size-' + s);
        document.querySelectorAll('button.size').forEach(function (b) {
            b.setAttribute('aria-pressed', String(b.dataset.size === s));
        });
        try { sessionStorage.setItem('portal-size', s); } catch (e) { /* private mode */ }
    }
    document.querySelectorAll('button.size').forEach(function (b) {
        b.addEventListener('click', function () { size(b.dataset.size); });
    });
    var saved = null;
    try { saved = sessionStorage.getItem('portal-size'); } catch (e) { /* private mode */ }
    if (saved === 'l' || saved === 's') {
        size(saved);
    }
    var print = document.querySelector('button.print');
    if (print) {
        print.addEventListener('click', function () { window.print(); });
    }
});
