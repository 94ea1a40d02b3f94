package org.luoshi.account;

/**
 * Published when failed logins on an account reach the point where attempts are delayed: the administrators are
 * told (a notification), once per run of failures.
 *
 * @param governmentId the account's government, null for an administrator
 * @param since        when this run of failures began (identifies it)
 */
public record AccountUnderAttack(
        String username, Long governmentId, int failures, String lastAddress, java.time.OffsetDateTime since) {}
