/** The REST API under {@code /api/v1}: JSON read models, errors as RFC 9457 problem details in both languages. */
package org.luoshi.web.api;
