package org.luoshi.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.luoshi.account.LuoshiUser;
import org.luoshi.account.Role;
import org.luoshi.plan.TaskCatalog;
import org.luoshi.plan.TaskCatalog.TaskHead;
import org.luoshi.plan.UnitQueries;
import org.luoshi.supervision.SupervisionViews.ClosureRow;
import org.luoshi.supervision.SupervisionViews.ItemRow;
import org.luoshi.supervision.SupervisionViews.ReceiptRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of the loop. Every query binds the caller's scope; reporters and approvers are further bound to their unit,
 * so a unit never lists another unit's receipts or items. Names come from the plan module's {@link TaskCatalog}.
 */
@Service
@Transactional(readOnly = true)
public class SupervisionQueries {

    private static final String SCOPED = " (:all or x.government_id in (:govs)) and (:unit = -1 or x.unit_id = :unit) ";

    private final JdbcClient jdbc;
    private final TaskCatalog catalog;
    private final UnitQueries units;
    private final SupervisionSettings settings;
    private final Clock clock;

    SupervisionQueries(
            JdbcClient jdbc, TaskCatalog catalog, UnitQueries units, SupervisionSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.units = units;
        this.settings = settings;
        this.clock = clock;
    }

    /** The 督办单 the user may see, open ones first by deadline; {@code openOnly} leaves the closed ones out. */
    public List<ItemRow> items(LuoshiUser user, boolean openOnly) {
        List<SupervisionItem> stored = jdbc.sql("""
                        select x.id, x.government_id, x.task_id, x.unit_id, x.source, x.source_date, x.doc_number,
                               x.leader, x.content, x.deadline, x.state, x.presses, x.version, x.closed_by, x.closed_at
                        from supervision_item x
                        where (:openOnly = false or x.state <> 'closed') and""" + SCOPED + """
                        order by case when x.state = 'closed' then 1 else 0 end, x.deadline, x.id
                        fetch first 500 rows only""")
                .param("openOnly", openOnly)
                .param("all", user.scope().all())
                .param("govs", user.scope().sqlIds())
                .param("unit", ownUnit(user))
                .query((rs, n) -> Items.row(rs))
                .list();
        Map<Long, TaskHead> tasks = catalog.heads(stored.stream()
                .map(SupervisionItem::taskId)
                .filter(java.util.Objects::nonNull)
                .toList());
        Map<Long, String> names =
                catalog.unitNames(stored.stream().map(SupervisionItem::unitId).toList());
        LocalDate today = LocalDate.now(clock);
        return stored.stream()
                .map(i -> {
                    TaskHead t = i.taskId() == null ? null : tasks.get(i.taskId());
                    var in = i.instruction();
                    return new ItemRow(
                            i.id(),
                            i.governmentId(),
                            i.taskId(),
                            t == null ? "" : t.number(),
                            i.unitId(),
                            names.getOrDefault(i.unitId(), ""),
                            in.source().code(),
                            in.sourceDate(),
                            in.docNumber(),
                            in.leader(),
                            in.content(),
                            i.deadline(),
                            i.state().code(),
                            i.presses(),
                            i.signal(today, settings.warnDays()).code());
                })
                .toList();
    }

    /**
     * A plan's receipts: the office and leaders see every unit's, a unit its own and, below them, the tasks it
     * shares as a co-unit (read only).
     */
    public List<ReceiptRow> receipts(long planId, LuoshiUser user) {
        record Stored(
                long id,
                long taskId,
                long unitId,
                String state,
                String remark,
                String actedBy,
                OffsetDateTime actedAt,
                OffsetDateTime createdAt) {}
        List<Stored> stored = jdbc.sql("""
                        select x.id, x.task_id, x.unit_id, x.state, x.remark, x.acted_by, x.acted_at, x.created_at
                        from task_receipt x where x.plan_id = :plan and""" + SCOPED + "order by x.id")
                .param("plan", planId)
                .param("all", user.scope().all())
                .param("govs", user.scope().sqlIds())
                .param("unit", ownUnit(user))
                .query(Stored.class)
                .list();
        Map<Long, TaskHead> tasks =
                catalog.heads(stored.stream().map(Stored::taskId).toList());
        Map<Long, String> names =
                catalog.unitNames(stored.stream().map(Stored::unitId).toList());
        OffsetDateTime limit = OffsetDateTime.now(clock).minusDays(settings.receiptDays());
        List<ReceiptRow> rows = new ArrayList<>();
        for (Stored s : stored) {
            TaskHead t = tasks.get(s.taskId());
            if (t == null) {
                continue;
            }
            boolean overdue = "pending".equals(s.state()) && s.createdAt().isBefore(limit);
            rows.add(new ReceiptRow(
                    s.id(),
                    s.taskId(),
                    t.number(),
                    t.seq(),
                    t.content(),
                    s.unitId(),
                    names.getOrDefault(s.unitId(), ""),
                    s.state(),
                    s.remark(),
                    s.actedBy(),
                    s.actedAt(),
                    overdue,
                    true,
                    Actors.ofUnit(user, s.unitId(), t.governmentId()) && !"acknowledged".equals(s.state()),
                    Actors.ofUnit(user, s.unitId(), t.governmentId()) && "pending".equals(s.state())));
        }
        rows.sort(Comparator.comparingInt(ReceiptRow::seq).thenComparingLong(ReceiptRow::unitId));
        if (user.unitId() != null && issued(planId)) {
            rows.addAll(shared(planId, user));
        }
        return rows;
    }

    private List<ReceiptRow> shared(long planId, LuoshiUser user) {
        String unitName = catalog.unitNames(List.of(user.unitId())).getOrDefault(user.unitId(), "");
        return units.tasks(user.unitId(), planId, null, user.scope()).stream()
                .filter(t -> !t.lead())
                .map(t -> new ReceiptRow(
                        0,
                        t.id(),
                        t.number(),
                        t.seq(),
                        t.content(),
                        user.unitId(),
                        unitName,
                        "shared",
                        null,
                        null,
                        null,
                        false,
                        false,
                        false,
                        false))
                .toList();
    }

    boolean issued(long planId) {
        return jdbc.sql("select count(*) from plan_issue where plan_id = :p")
                        .param("p", planId)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Closings the user may see in a state ({@code declared}: waiting for the office), latest first. */
    public List<ClosureRow> closures(LuoshiUser user, String state) {
        record Stored(long taskId, long unitId, String state, OffsetDateTime declaredAt, LocalDate closedOn) {}
        List<Stored> stored = jdbc.sql("""
                        select x.task_id, x.unit_id, x.state, x.declared_at, x.closed_on from task_closure x
                        where (:state = '' or x.state = :state) and""" + SCOPED + """
                        order by x.declared_at desc fetch first 500 rows only""")
                .param("state", state == null ? "" : state)
                .param("all", user.scope().all())
                .param("govs", user.scope().sqlIds())
                .param("unit", ownUnit(user))
                .query(Stored.class)
                .list();
        Map<Long, TaskHead> tasks =
                catalog.heads(stored.stream().map(Stored::taskId).toList());
        Map<Long, String> names =
                catalog.unitNames(stored.stream().map(Stored::unitId).toList());
        return stored.stream()
                .filter(s -> tasks.containsKey(s.taskId()))
                .map(s -> new ClosureRow(
                        s.taskId(),
                        tasks.get(s.taskId()).number(),
                        tasks.get(s.taskId()).content(),
                        s.unitId(),
                        names.getOrDefault(s.unitId(), ""),
                        s.state(),
                        s.declaredAt(),
                        s.closedOn()))
                .toList();
    }

    /** Reporters and approvers see their unit only; -1 binds "no unit restriction". */
    static long ownUnit(LuoshiUser user) {
        return switch (user.role()) {
            case REPORTER, APPROVER -> user.unitId() == null ? -2 : user.unitId();
            default -> -1;
        };
    }

    static boolean unitRole(LuoshiUser user) {
        return user.is(Role.REPORTER) || user.is(Role.APPROVER);
    }
}
