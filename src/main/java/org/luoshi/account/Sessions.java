package org.luoshi.account;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions wherever they are (they live in the database): after a password change or reset, and when
 * an account is disabled. Without a session repository (the command line) there are none to end.
 */
@Component
class Sessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

    Sessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
        this.repository = repository;
    }

    /** @return how many sessions were ended */
    int endAll(String username) {
        var sessions = repository.getIfAvailable();
        if (sessions == null) {
            return 0;
        }
        var ids = sessions.findByPrincipalName(username).keySet();
        ids.forEach(sessions::deleteById);
        return ids.size();
    }
}
