// Nothing a user typed is lost by another action on the page (an upload, deleting an attachment, a preview, a 409,
// a validation error, an expired session): every field of <form data-keep="key"> is copied into the browser's
// localStorage as it is typed, and shown again when the page comes back with other text (the carried-forward text,
// or the stored draft). It is forgotten once the page shows the same text, that is once it was saved.
// <button data-confirm="question"> asks before it submits (inline handlers are refused by the pages' CSP).
(function () {
    function fields(form) {
        return Array.prototype.filter.call(form.elements, function (el) {
            return el.name && (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && (el.type === 'text' || el.type === '')));
        });
    }

    function storageKey(form) {
        return 'luoshi.draft.' + form.getAttribute('data-keep');
    }

    function read(form) {
        try {
            return JSON.parse(window.localStorage.getItem(storageKey(form)) || 'null');
        } catch (e) {
            return null;
        }
    }

    function keep(form) {
        var values = {};
        fields(form).forEach(function (el) {
            values[el.name] = el.value;
        });
        try {
            window.localStorage.setItem(storageKey(form), JSON.stringify(values));
        } catch (e) {
            // storage full or refused: the page still works, only without the safety net
        }
    }

    function restore(form) {
        var stored = read(form);
        if (!stored) {
            return;
        }
        var restored = false;
        var original = {};
        fields(form).forEach(function (el) {
            original[el.name] = el.value;
            if (Object.prototype.hasOwnProperty.call(stored, el.name) && stored[el.name] !== el.value && !el.readOnly) {
                el.value = stored[el.name];
                restored = true;
            }
        });
        if (!restored) {
            window.localStorage.removeItem(storageKey(form));
            return;
        }
        var notice = document.querySelector('[data-keep-notice="' + form.id + '"]');
        if (notice) {
            notice.hidden = false;
            var discard = notice.querySelector('button');
            if (discard) {
                discard.addEventListener('click', function () {
                    fields(form).forEach(function (el) {
                        el.value = original[el.name];
                    });
                    window.localStorage.removeItem(storageKey(form));
                    notice.hidden = true;
                    fire(form);
                });
            }
        }
        fire(form);
    }

    // Lets htmx refresh what depends on the text (the proposed status) for the text shown again.
    function fire(form) {
        var first = fields(form)[0];
        if (first) {
            first.dispatchEvent(new Event('input', {bubbles: true}));
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('form[data-keep]').forEach(restore);
    });
    document.addEventListener('input', function (event) {
        var form = event.target.form;
        if (form && form.hasAttribute('data-keep')) {
            keep(form);
        }
    });
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button[data-confirm]') : null;
        if (button && !window.confirm(button.getAttribute('data-confirm'))) {
            event.preventDefault();
        }
    });
})();
