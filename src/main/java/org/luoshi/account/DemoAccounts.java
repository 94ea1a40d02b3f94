package org.luoshi.account;

import javax.sql.DataSource;
import org.luoshi.audit.AuditTrail;
import org.luoshi.plan.PlanQueries;
import org.luoshi.plan.Scope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The demo accounts the README lists, created on the embedded H2 database only: a production database never
 * gets accounts with published passwords.
 */
@Component
@ConditionalOnWebApplication
// After the demo plan, whose units the demo reporter and approver belong to.
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class DemoAccounts implements ApplicationRunner {

    private final Users users;
    private final PasswordEncoder encoder;
    private final DataSource dataSource;
    private final AuditTrail audit;
    private final PlanQueries plans;
    private final boolean enabled;

    DemoAccounts(
            Users users,
            PasswordEncoder encoder,
            DataSource dataSource,
            AuditTrail audit,
            PlanQueries plans,
            @Value("${luoshi.demo.enabled:true}") boolean enabled) {
        this.plans = plans;
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
        unitOfDemoPlan("市财政局").ifPresent(unit -> {
            createInUnit("reporter", "Luoshi@reporter1", "市财政局填报员", Role.REPORTER, unit);
            createInUnit("approver", "Luoshi@approver1", "市财政局审核人", Role.APPROVER, unit);
        });
    }

    private java.util.Optional<Long> unitOfDemoPlan(String name) {
        return plans.plans(Scope.everything()).stream()
                .filter(p -> p.governmentName().equals("舟山市") && p.year() == 2022)
                .findFirst()
                .flatMap(p -> plans.units(p.id(), Scope.everything()).stream()
                        .filter(u -> u.name().equals(name))
                        .findFirst())
                .map(u -> u.id());
    }

    private void createInUnit(String username, String password, String displayName, Role role, long unitId) {
        if (users.exists(username)) {
            return;
        }
        Long gov = users.governmentIdByName("舟山市").orElse(null);
        users.create(username, encoder.encode(password), displayName, role, gov, unitId, false);
        audit.record(gov, "system", "user.create", "user", username, "demo account, role " + role);
    }

    private void create(String username, String password, String displayName, Role role, String government) {
        if (users.exists(username)) {
            return;
        }
        Long gov =
                government == null ? null : users.governmentIdByName(government).orElse(null);
        users.create(username, encoder.encode(password), displayName, role, gov);
        audit.record(gov, "system", "user.create", "user", username, "demo account, role " + role);
    }

    private boolean isH2() throws Exception {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, md -> md.getDatabaseProductName());
        return product != null && product.toLowerCase().contains("h2");
    }
}
