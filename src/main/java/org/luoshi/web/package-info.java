/** Web adapters: Thymeleaf pages and, in {@code api}, the REST API. No rules live here. */
package org.luoshi.web;
