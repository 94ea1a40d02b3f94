// The import editor's forms answer 400 or 409 with the page and the message: htmx swaps those in as well.
if (window.htmx) {
    htmx.config.responseHandling = [
        {code: "204", swap: false},
        {code: "[23]..", swap: true},
        {code: "40[09]", swap: true, error: false},
        {code: "[45]..", swap: false, error: true}
    ];
}
