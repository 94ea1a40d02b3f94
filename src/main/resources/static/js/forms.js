// Filter forms that submit themselves when one of their selects changes. Inline handlers (onchange="…") are
// refused by the pages' Content-Security-Policy, so the behaviour lives here: <select data-autosubmit>, and
// data-clears="other" to empty another field first (a period label that belongs to the previous plan).
document.addEventListener('change', function (event) {
    var select = event.target;
    if (!select.matches || !select.matches('select[data-autosubmit]') || !select.form) {
        return;
    }
    var cleared = select.getAttribute('data-clears');
    if (cleared && select.form.elements[cleared]) {
        select.form.elements[cleared].value = '';
    }
    select.form.submit();
});
