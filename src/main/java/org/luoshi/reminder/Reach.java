package org.luoshi.reminder;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.luoshi.account.Accounts;
import org.luoshi.account.Role;
import org.luoshi.plan.TaskCatalog;
import org.luoshi.plan.TaskCatalog.Lead;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who reminders cannot reach: lead units of a plan with no reporter account, so nobody there is told anything. */
@Service
@Transactional(readOnly = true)
public class Reach {

    private final TaskCatalog catalog;
    private final Accounts accounts;

    Reach(TaskCatalog catalog, Accounts accounts) {
        this.catalog = catalog;
        this.accounts = accounts;
    }

    /** The names of the plan's lead units without any enabled reporter, sorted. */
    public List<String> unitsWithoutReporters(long planId) {
        Collection<List<Lead>> leads = catalog.leadsOf(List.of(planId)).values();
        List<Lead> all = leads.stream().flatMap(List::stream).toList();
        Set<Long> reached =
                accounts.unitsWith(Role.REPORTER, all.stream().map(Lead::unitId).toList());
        Set<String> names = new TreeSet<>();
        all.stream().filter(l -> !reached.contains(l.unitId())).forEach(l -> names.add(l.unitName()));
        return List.copyOf(names);
    }
}
