/** Pages of the reporting cycle: periods, the office's work list, the reporter's form (htmx), notifications. */
package org.luoshi.web.reporting;
