package org.luoshi.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.luoshi.text.Comparison;
import org.luoshi.text.Quantity;
import org.luoshi.text.QuantityKind;

/** Maps stored targets to quantities and tells whether a task's targets changed. */
final class StoredQuantities {

    private StoredQuantities() {}

    static Quantity target(ResultSet rs) throws SQLException {
        return new Quantity(
                rs.getString("text"),
                rs.getString("metric"),
                QuantityKind.fromCode(rs.getString("kind")),
                rs.getBigDecimal("val").stripTrailingZeros(),
                rs.getBigDecimal("magnitude").stripTrailingZeros(),
                rs.getString("unit"),
                Comparison.fromSymbol(rs.getString("comparator")),
                "",
                -1);
    }

    static boolean sameTargets(List<Quantity> stored, List<Quantity> read) {
        if (stored.size() != read.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            Quantity a = stored.get(i);
            Quantity b = read.get(i);
            boolean same = a.text().equals(clip(b.text(), 500))
                    && a.metric().equals(clip(b.metric(), 500))
                    && a.kind() == b.kind()
                    && a.comparison() == b.comparison()
                    && a.unit().equals(clip(b.unit(), 40))
                    && equal(a.value(), b.value())
                    && equal(a.magnitude(), b.magnitude());
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
