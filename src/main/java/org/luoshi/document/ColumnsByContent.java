package org.luoshi.document;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Names the columns of a table by what their cells hold (unit lists, person names, status words, deadlines,
 * percentages, progress reports, task text), the header names serving only as a prior: a column whose name is
 * unknown is read by its cells, and a named column whose cells plainly hold something else is renamed.
 */
final class ColumnsByContent {

    /** The role given to one column, how sure the reader is of it and why. */
    record Assigned(Column column, double confidence, String evidence) {}

    private ColumnsByContent() {}

    /**
     * @param prior one entry per column, null where the header names nothing known (or there is no header)
     * @param rows  data rows, each a list of cells in column order
     */
    static List<Assigned> classify(List<Column> prior, List<List<String>> rows) {
        int n = prior.size();
        List<Map<CellKind, Integer>> kinds = new ArrayList<>();
        int[] filled = new int[n];
        double[] length = new double[n];
        for (int c = 0; c < n; c++) {
            kinds.add(new EnumMap<>(CellKind.class));
        }
        for (List<String> row : rows) {
            if (row.size() != n) {
                continue;
            }
            for (int c = 0; c < n; c++) {
                CellKind k = CellKind.of(row.get(c));
                if (k != CellKind.EMPTY) {
                    kinds.get(c).merge(k, 1, Integer::sum);
                    filled[c]++;
                    length[c] += Chinese.fold(row.get(c)).length();
                }
            }
        }
        List<Assigned> out = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            out.add(byCells(prior.get(c), kinds.get(c), filled[c], filled[c] == 0 ? 0 : length[c] / filled[c]));
        }
        settleContentAndProgress(out, kinds, filled, length);
        return out;
    }

    private static double share(Map<CellKind, Integer> kinds, int filled, CellKind... ks) {
        if (filled == 0) {
            return 0;
        }
        int n = 0;
        for (CellKind k : ks) {
            n += kinds.getOrDefault(k, 0);
        }
        return (double) n / filled;
    }

    private static Assigned byCells(Column prior, Map<CellKind, Integer> kinds, int filled, double avg) {
        String name = prior == null ? "no known header name" : "header names " + prior;
        if (filled == 0) {
            return new Assigned(
                    prior == null ? Column.EXTRA : prior, prior == null ? 0.3 : 0.6, name + "; cells empty");
        }
        double number = share(kinds, filled, CellKind.NUMBER);
        double units = share(kinds, filled, CellKind.UNITS);
        double person = share(kinds, filled, CellKind.PERSON);
        double status = share(kinds, filled, CellKind.STATUS);
        double deadline = share(kinds, filled, CellKind.DEADLINE);
        if (prior == Column.NUMBER || number >= 0.8) {
            return new Assigned(Column.NUMBER, prior == Column.NUMBER ? 0.95 : 0.8, name + pct("; numbers", number));
        }
        if (units >= 0.6 && prior != Column.CONTENT) {
            Column col = prior == Column.CO ? Column.CO : Column.LEAD;
            return new Assigned(col, prior == col ? 0.95 : 0.8, name + pct("; unit lists", units));
        }
        boolean named = prior == Column.LEAD || prior == Column.CO || prior == Column.CONTENT;
        if (person >= 0.6 && !named) {
            return new Assigned(Column.EXTRA, 0.8, name + pct("; person names", person));
        }
        // A status word (已完成, 推进中) is the shortest progress report: a column named for progress keeps its name.
        if (status >= 0.6 && !named && prior != Column.PROGRESS) {
            return new Assigned(Column.EXTRA, 0.8, name + pct("; status words", status));
        }
        if (deadline >= 0.6 && !named) {
            return new Assigned(Column.EXTRA, 0.8, name + pct("; deadlines", deadline));
        }
        if (prior != null && prior != Column.EXTRA) {
            return new Assigned(prior, 0.9, name + "; cells agree");
        }
        return new Assigned(prior == null ? null : Column.EXTRA, prior == null ? 0.4 : 0.7, name);
    }

    /**
     * One content column (the named one, else the leftmost column of long text) and the progress among the
     * long-text or percentage columns after it: a named one, else the rightmost that reports.
     */
    private static void settleContentAndProgress(
            List<Assigned> out, List<Map<CellKind, Integer>> kinds, int[] filled, double[] length) {
        int n = out.size();
        int content = -1;
        for (int c = 0; c < n && content < 0; c++) {
            Column col = out.get(c).column();
            if (col == Column.CONTENT || col == Column.INDICATOR) {
                content = c;
            }
        }
        if (content < 0) {
            double best = 0;
            for (int c = 0; c < n; c++) {
                double avg = filled[c] == 0 ? 0 : length[c] / filled[c];
                if (out.get(c).column() == null && avg >= 6 && avg > best * 1.0 && content < 0) {
                    content = c;
                    best = avg;
                }
            }
            if (content >= 0) {
                out.set(content, new Assigned(Column.CONTENT, 0.75, "leftmost column of long text"));
            }
        }
        boolean progress = out.stream().anyMatch(a -> a.column() == Column.PROGRESS);
        for (int c = n - 1; c > content && !progress; c--) {
            if (out.get(c).column() != null) {
                continue;
            }
            double reports = share(kinds.get(c), filled[c], CellKind.PROGRESS, CellKind.PERCENT, CellKind.TEXT);
            if (reports >= 0.5) {
                out.set(
                        c,
                        new Assigned(
                                Column.PROGRESS, 0.7, pct("rightmost report column after the task text", reports)));
                progress = true;
            }
        }
        for (int c = 0; c < n; c++) {
            if (out.get(c).column() == null) {
                out.set(c, new Assigned(Column.EXTRA, 0.5, out.get(c).evidence() + "; kept as an extra column"));
            }
        }
    }

    private static String pct(String what, double share) {
        return what + " " + Math.round(share * 100) + "%";
    }

    /**
     * Where a row is one cell short (a merged cell, a rowspan), the gap that makes its cells agree best with
     * the columns; -1 when the row is not one short.
     */
    static int gap(List<String> cells, List<CellKind> expected) {
        if (cells.size() + 1 != expected.size()) {
            return -1;
        }
        int best = expected.size() - 1;
        int bestScore = -1;
        for (int g = 0; g < expected.size(); g++) {
            int score = 0;
            for (int i = 0; i < cells.size(); i++) {
                int col = i < g ? i : i + 1;
                score += CellKind.of(cells.get(i)) == expected.get(col) ? 1 : 0;
            }
            if (score > bestScore || score == bestScore && g > best) {
                bestScore = score;
                best = g;
            }
        }
        return best;
    }

    /** The kind most cells of each column hold, over the rows of full width. */
    static List<CellKind> dominant(int n, List<List<String>> rows) {
        List<CellKind> out = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            Map<CellKind, Integer> count = new EnumMap<>(CellKind.class);
            for (List<String> row : rows) {
                if (row.size() == n) {
                    count.merge(CellKind.of(row.get(c)), 1, Integer::sum);
                }
            }
            out.add(count.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(CellKind.EMPTY));
        }
        return out;
    }
}
