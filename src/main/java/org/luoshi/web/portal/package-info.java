/**
 * The public disclosure portal (no login): publications by government and year, the article page with its
 * catalogue metadata, search, the Atom feed and downloads. Pages are cacheable (ETag, Cache-Control).
 */
package org.luoshi.web.portal;
