package org.luoshi.account;

import javax.sql.DataSource;
import org.luoshi.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts the README lists, created on the embedded H2 database only: a production database never
 * gets accounts with published passwords.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoAccounts implements ApplicationRunner {

    private final Users users;
    private final PasswordEncoder encoder;
    private final DataSource dataSource;
    private final AuditTrail audit;
    private final boolean enabled;

    DemoAccounts(Users users, PasswordEncoder encoder, DataSource dataSource, AuditTrail audit,
                 @Value("${luoshi.demo.enabled:true}") boolean enabled) {
        this.users = users;
        this.encoder = encoder;
        this.dataSource = dataSource;
        this.audit = audit;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!enabled || !isH2()) {
            return;
        }
        create("admin", "Luoshi@admin1", "系统管理员", Role.ADMIN, null);
        create("office", "Luoshi@office1", "舟山市督查室", Role.OFFICE, "舟山市");
        create("leader", "Luoshi@leader1", "浙江省领导", Role.LEADER, "浙江省");
        create("dinghai", "Luoshi@dinghai1", "定海区督查室", Role.OFFICE, "定海区");
    }

    private void create(String username, String password, String displayName, Role role, String government) {
        if (users.exists(username)) {
            return;
        }
        Long gov = government == null ? null : users.governmentIdByName(government).orElse(null);
        users.create(username, encoder.encode(password), displayName, role, gov);
        audit.record(gov, "system", "user.create", "user", username, "demo account, role " + role);
    }

    private boolean isH2() throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
        return product != null && product.toLowerCase().contains("h2");
    }
}
