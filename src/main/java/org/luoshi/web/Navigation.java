package org.luoshi.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.luoshi.account.Role;

/**
 * The side navigation: what a role may use, in groups, with the section of the current page marked. Plain
 * Java; the pages' own authorization stays where it is, this only decides which links are shown.
 */
final class Navigation {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);
    private static final Set<Role> OFFICE = EnumSet.of(Role.ADMIN, Role.OFFICE);
    private static final Set<Role> OVERSIGHT = EnumSet.of(Role.ADMIN, Role.OFFICE, Role.LEADER);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);

    /** A link of the side navigation; {@code prefixes} are the paths that belong to its section. */
    private record Entry(String group, String label, String href, Set<Role> roles, List<String> prefixes) {}

    private static final List<Entry> ENTRIES = List.of(
            new Entry("menu.group.workbench", "menu.overview", "/overview", OVERSIGHT, List.of("/overview")),
            new Entry("menu.group.plans", "nav.plans", "/plans", EVERYONE, List.of("/plans", "/tasks")),
            new Entry("menu.group.plans", "menu.units", "/units", OVERSIGHT, List.of("/units")),
            new Entry("menu.group.plans", "nav.import", "/import", OFFICE, List.of("/import")),
            new Entry("menu.group.reporting", "nav.reporting", "/reporting", EVERYONE, List.of("/reporting")),
            new Entry("menu.group.reporting", "menu.supervision", "/supervision", EVERYONE, List.of("/supervision")),
            new Entry(
                    "menu.group.publication",
                    "pub.list.title",
                    "/publications",
                    OVERSIGHT,
                    List.of("/publications", "/reports")),
            new Entry("menu.group.publication", "nav.portal", "/portal", EVERYONE, List.of("/portal")),
            new Entry("menu.group.admin", "nav.audit", "/admin/audit", OFFICE, List.of("/admin/audit")),
            new Entry("menu.group.admin", "menu.jobs", "/jobs", OFFICE, List.of("/jobs")),
            new Entry("menu.group.admin", "channels.title", "/channels", OFFICE, List.of("/channels")),
            new Entry("menu.group.admin", "admin.users", "/admin/users", ADMIN, List.of("/admin/users")),
            new Entry(
                    "menu.group.admin",
                    "admin.governments",
                    "/admin/governments",
                    ADMIN,
                    List.of("/admin/governments")),
            new Entry("menu.group.admin", "admin.units", "/admin/units", ADMIN, List.of("/admin/units")),
            new Entry(
                    "menu.group.admin",
                    "nav.serviceAccounts",
                    "/admin/service-accounts",
                    ADMIN,
                    List.of("/admin/service-accounts")),
            new Entry("menu.group.account", "nav.password", "/password", EVERYONE, List.of("/password")),
            new Entry("menu.group.account", "nav.tokens", "/tokens", EVERYONE, List.of("/tokens")),
            new Entry("menu.group.account", "nav.apiDocs", "/api-docs", EVERYONE, List.of("/api-docs")));

    /**
     * One link as a page shows it.
     *
     * @param current {@code "page"} on the page itself, {@code "true"} elsewhere in its section, else null
     *                (the value of {@code aria-current})
     */
    record Link(String label, String href, String current) {}

    /** A titled group of links. */
    record Group(String label, List<Link> links) {}

    private Navigation() {}

    /** The groups a role sees on the page at {@code path} (without the context path); empty groups left out. */
    static List<Group> of(Role role, String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        Entry section = section(role, p);
        List<Group> groups = new ArrayList<>();
        for (Entry e : ENTRIES) {
            if (!e.roles().contains(role)) {
                continue;
            }
            String current = e != section ? null : e.href().equals(p) ? "page" : "true";
            Link link = new Link(e.label(), e.href(), current);
            if (groups.isEmpty() || !groups.get(groups.size() - 1).label().equals(e.group())) {
                groups.add(new Group(e.group(), new ArrayList<>()));
            }
            groups.get(groups.size() - 1).links().add(link);
        }
        return groups.stream()
                .map(g -> new Group(g.label(), List.copyOf(g.links())))
                .toList();
    }

    /** The entry whose section the path is in: the longest matching prefix ("/" is the plans). */
    private static Entry section(Role role, String path) {
        String p = "/".equals(path) ? "/plans" : path;
        Entry best = null;
        int length = -1;
        for (Entry e : ENTRIES) {
            if (!e.roles().contains(role)) {
                continue;
            }
            for (String prefix : e.prefixes()) {
                boolean matches = p.equals(prefix) || p.startsWith(prefix + "/") || p.startsWith(prefix + ".");
                if (matches && prefix.length() > length) {
                    best = e;
                    length = prefix.length();
                }
            }
        }
        return best;
    }
}
