/** Web adapters: Thymeleaf pages and, in {@code api}, the REST API. No rules live here. */
@ApplicationModule(
        displayName = "Web adapters",
        allowedDependencies = {
            "account",
            "assessment",
            "audit",
            "dashboard",
            "document",
            "job",
            "judgement",
            "plan",
            "progress",
            "publication",
            "reminder",
            "supervision"
        })
package org.luoshi.web;

import org.springframework.modulith.ApplicationModule;
