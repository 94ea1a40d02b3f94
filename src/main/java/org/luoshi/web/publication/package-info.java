/** The office's pages for compiled reports and publications: downloads, drafting, withholding, approval. */
package org.luoshi.web.publication;
