/** Users, roles and what each may see (its {@link org.luoshi.plan.Scope}); login and the demo accounts. */
package org.luoshi.account;
