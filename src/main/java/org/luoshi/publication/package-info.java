/**
 * Publication: the compiled report of a plan and period (HTML, DOCX, PDF, XLSX, CSV, canonical JSON), its
 * publication workflow (draft → approved → published → withdrawn) with withheld tasks and text, the
 * disclosure catalogue metadata (索引号 and the rest), and the read models of the public portal (lists,
 * search, Atom feed, visits).
 */
@ApplicationModule(
        displayName = "Publication",
        allowedDependencies = {"account", "assessment", "audit", "document", "job", "judgement", "plan", "text"})
package org.luoshi.publication;

import org.springframework.modulith.ApplicationModule;
