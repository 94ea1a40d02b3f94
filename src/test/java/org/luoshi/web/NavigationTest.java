package org.luoshi.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.luoshi.account.Role;

class NavigationTest {

    private static List<String> hrefs(Role role) {
        return Navigation.of(role, "/plans").stream()
                .flatMap(g -> g.links().stream())
                .map(Navigation.Link::href)
                .toList();
    }

    private static List<String> groups(Role role) {
        return Navigation.of(role, "/plans").stream()
                .map(Navigation.Group::label)
                .toList();
    }

    @Test
    void theOfficeSeesItsWorkButNotTheAdministratorsPages() {
        assertThat(hrefs(Role.OFFICE))
                .containsExactly(
                        "/overview",
                        "/plans",
                        "/units",
                        "/import",
                        "/reporting",
                        "/supervision",
                        "/publications",
                        "/portal",
                        "/admin/audit",
                        "/jobs",
                        "/channels",
                        "/password",
                        "/tokens",
                        "/api-docs");
    }

    @Test
    void theAdministratorSeesEverything() {
        assertThat(hrefs(Role.ADMIN))
                .contains(
                        "/admin/users",
                        "/admin/governments",
                        "/admin/units",
                        "/admin/service-accounts",
                        "/jobs",
                        "/import");
    }

    @Test
    void aLeaderReadsButImportsNothingAndAuditsNothing() {
        assertThat(hrefs(Role.LEADER))
                .containsExactly(
                        "/overview",
                        "/plans",
                        "/units",
                        "/reporting",
                        "/supervision",
                        "/publications",
                        "/portal",
                        "/password",
                        "/tokens",
                        "/api-docs");
    }

    @Test
    void reportersAndApproversSeeTheirWorkOnly() {
        for (Role role : List.of(Role.REPORTER, Role.APPROVER)) {
            assertThat(hrefs(role))
                    .containsExactly(
                            "/plans", "/reporting", "/supervision", "/portal", "/password", "/tokens", "/api-docs");
            assertThat(groups(role))
                    .containsExactly(
                            "menu.group.plans", "menu.group.reporting", "menu.group.publication", "menu.group.account");
        }
    }

    @Test
    void theCurrentSectionIsMarked() {
        assertThat(current(Role.OFFICE, "/plans")).containsExactly("/plans=page");
        assertThat(current(Role.OFFICE, "/tasks/12")).containsExactly("/plans=true");
        assertThat(current(Role.OFFICE, "/plans/3/dashboard")).containsExactly("/plans=true");
        assertThat(current(Role.OFFICE, "/")).containsExactly("/plans=true");
        assertThat(current(Role.REPORTER, "/reporting/reports/5")).containsExactly("/reporting=true");
        assertThat(current(Role.ADMIN, "/admin/units")).containsExactly("/admin/units=page");
        assertThat(current(Role.ADMIN, "/units/4")).containsExactly("/units=true");
        assertThat(current(Role.OFFICE, "/admin/audit.csv")).containsExactly("/admin/audit=true");
        assertThat(current(Role.REPORTER, "/import")).isEmpty();
    }

    private static List<String> current(Role role, String path) {
        return Navigation.of(role, path).stream()
                .flatMap(g -> g.links().stream())
                .filter(l -> Objects.nonNull(l.current()))
                .map(l -> l.href() + "=" + l.current())
                .toList();
    }
}
