/** The append-only audit trail: who did what, when, to which entity. */
package org.luoshi.audit;
