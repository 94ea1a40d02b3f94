package org.luoshi.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.luoshi.DomainException;
import org.luoshi.plan.GovernmentAdmin.NewGovernment;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class UnitAdminIT {

    @Autowired
    GovernmentAdmin governments;

    @Autowired
    UnitAdmin units;

    @Autowired
    PlanImporter importer;

    @Autowired
    JdbcClient jdbc;

    /** A government of its own (a fresh code each run), so merging touches no other test's units. */
    private long newGovernment(String name) {
        String code = "9" + String.format("%011d", System.nanoTime() % 100_000_000_000L);
        long parent = jdbc.sql("select id from government where code = '330900'")
                .query(Long.class)
                .single();
        return governments.create(new NewGovernment(code, name + code, "county", parent), "test");
    }

    private String nameOf(long government) {
        return jdbc.sql("select name from government where id = :id")
                .param("id", government)
                .query(String.class)
                .single();
    }

    private long unit(long government, String name) {
        return jdbc.sql("select id from unit where government_id = :g and name = :n")
                .param("g", government)
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private List<Long> tasksOf(long unit) {
        return jdbc.sql("select distinct task_id from task_unit where unit_id = :u order by task_id")
                .param("u", unit)
                .query(Long.class)
                .list();
    }

    private int rolesIn(long plan, long unit) {
        return jdbc.sql("select count(*) from task_unit tu join task t on t.id = tu.task_id "
                        + "where t.plan_id = :p and tu.unit_id = :u")
                .param("p", plan)
                .param("u", unit)
                .query(Integer.class)
                .single();
    }

    private static byte[] sampleOf(int year) {
        return new String(TestData.sample(), StandardCharsets.UTF_8)
                .replace("2022", String.valueOf(year))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void mergingMovesTheTasksAndLaterImportsResolveTheOldNameThroughTheAlias() {
        long gov = newGovernment("合并县");
        long plan2021 = importer.commit("merge-2021.txt", sampleOf(2021), nameOf(gov), 2021, "test", Scope.everything())
                .planId();
        long kept = unit(gov, "市财政局");
        long merged = unit(gov, "高新区管委会");
        List<Long> mergedTasks = tasksOf(merged);
        assertThat(mergedTasks).isNotEmpty();

        units.merge(gov, kept, merged, "test-admin");

        assertThat(tasksOf(kept)).containsAll(mergedTasks);
        assertThat(jdbc.sql("select count(*) from unit where id = :u")
                        .param("u", merged)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(units.list(gov))
                .filteredOn(r -> r.id() == kept)
                .singleElement()
                .satisfies(r -> assertThat(r.aliases()).contains("高新区管委会"));
        assertThat(jdbc.sql(
                                "select count(*) from task_unit tu join task_unit o on o.task_id = tu.task_id "
                                        + "and o.role = tu.role and o.unit_id = tu.unit_id and o.seq <> tu.seq where tu.unit_id = :u")
                        .param("u", kept)
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'unit.merge' and entity_id = :id")
                        .param("id", String.valueOf(kept))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        int unitsBefore = units.list(gov).size();
        long plan2023 = importer.commit("merge-2023.txt", sampleOf(2023), nameOf(gov), 2023, "test", Scope.everything())
                .planId();

        assertThat(units.list(gov)).hasSize(unitsBefore).noneMatch(r -> r.name().equals("高新区管委会"));
        assertThat(rolesIn(plan2023, kept)).isEqualTo(rolesIn(plan2021, kept));
    }

    @Test
    void renameAndAliasRefuseANameAnotherUnitBears() {
        long gov = newGovernment("改名县");
        importer.commit("rename-2021.txt", sampleOf(2021), nameOf(gov), 2021, "test", Scope.everything());
        long finance = unit(gov, "市财政局");

        units.rename(gov, finance, "舟山市财政局", "test-admin");
        units.addAlias(gov, finance, "财政局", "test-admin");

        assertThat(units.list(gov))
                .filteredOn(r -> r.id() == finance)
                .singleElement()
                .satisfies(r -> assertThat(r.name()).isEqualTo("舟山市财政局"))
                .satisfies(r -> assertThat(r.aliases()).isEqualTo("财政局"));
        assertThatThrownBy(() -> units.addAlias(gov, unit(gov, "高新区管委会"), "财政局", "test-admin"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("名称已被使用")
                .hasMessageContaining("taken");
    }

    @Test
    void creatingAGovernmentValidatesCodeLevelAndParent() {
        assertThatThrownBy(() -> governments.create(new NewGovernment("33A9", "坏代码县", "county", null), "t"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("6–12位数字")
                .hasMessageContaining("6–12 digits");
        assertThatThrownBy(() -> governments.create(new NewGovernment("330999777", "坏级别县", "village", null), "t"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("级别")
                .hasMessageContaining("level");
        assertThatThrownBy(() -> governments.create(new NewGovernment("330999777", "无上级县", "county", -5L), "t"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("上级政府不存在")
                .hasMessageContaining("parent");
        assertThatThrownBy(() -> governments.create(new NewGovernment("330900", "重复市", "city", null), "t"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("已存在")
                .hasMessageContaining("exists");
    }
}
