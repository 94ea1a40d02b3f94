/** Administration pages: users, the audit trail (view, export, verify) and changing one's password. */
package org.luoshi.web.admin;
