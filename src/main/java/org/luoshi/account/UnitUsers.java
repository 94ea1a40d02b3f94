package org.luoshi.account;

import org.luoshi.plan.UnitsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Users bound to a unit follow it when it is merged into another (inside the merge's transaction). */
@Component
class UnitUsers {

    private final JdbcClient jdbc;

    UnitUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(UnitsMerged merged) {
        jdbc.sql("update app_user set unit_id = :into where unit_id = :from")
                .param("into", merged.into())
                .param("from", merged.from())
                .update();
    }
}
