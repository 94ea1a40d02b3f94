package org.luoshi.web.reporting;

/** What the report form posts: never an id, a unit or a state (those come from the path and the server). */
record ReportForm(Integer version, String text, String figures) {
    ReportForm {
        text = text == null ? "" : text;
        figures = figures == null ? "" : figures;
    }
}
