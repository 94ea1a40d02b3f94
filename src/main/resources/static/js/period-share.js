// 序时进度 follows the period's end date (the elapsed share of the year, "75%" at 30 September) until the office
// types its own: <input data-share-from="endDate"> names the date field of its form. The server computes the same
// share when the field is left blank, so the page works without this script.
(function () {
    function share(date) {
        var d = new Date(date + 'T00:00:00Z');
        if (isNaN(d.getTime())) {
            return '';
        }
        var year = d.getUTCFullYear();
        var start = Date.UTC(year, 0, 1);
        var days = (Date.UTC(year + 1, 0, 1) - start) / 86400000;
        var elapsed = (d.getTime() - start) / 86400000 + 1;
        return Math.round(elapsed / days * 100) + '%';
    }

    document.addEventListener('input', function (event) {
        var field = event.target;
        if (field.matches && field.matches('input[data-share-from]')) {
            field.setAttribute('data-typed', 'true');
            return;
        }
        var form = field.form;
        if (!form) {
            return;
        }
        form.querySelectorAll('input[data-share-from="' + field.name + '"]').forEach(function (target) {
            if (target.getAttribute('data-typed') !== 'true' || target.value === '') {
                target.removeAttribute('data-typed');
                target.value = share(field.value);
            }
        });
    });
})();
