package org.luoshi.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the tasks whose progress is the same or nearly the same as an earlier task's in the same period (a
 * unit that pasted one text under several tasks). Each copied task is reported once, against the first task it
 * copies, so a document of ten thousand near-identical rows yields ten thousand findings, not fifty million.
 *
 * <p>Exact, and fast on large periods: a similarity join with a prefix filter. Texts are sets of character
 * bigrams (as {@link TextSimilarity}); a Dice coefficient of at least {@code t} means a Jaccard index of at least
 * {@code t / (2 - t)}, and two sets that alike must share a token among the first {@code |x| - ceil(τ|x|) + 1}
 * of each, when every set is sorted by the tokens' frequency in the period (rarest first). So each text is only
 * compared with the earlier texts that share one of its rare bigrams, nearest first, and the first match ends
 * its search.
 */
final class CopiedProgress {

    private CopiedProgress() {}

    /** For each copied task (by position), the position of the earliest task whose text it repeats. */
    static Map<Integer, Integer> find(List<String> texts, int minLength, double sameText) {
        double jaccard = sameText / (2 - sameText);
        int[][] sets = new int[texts.size()][];
        Map<Integer, Integer> frequency = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            sets[i] = text.length() < minLength ? new int[0] : bigrams(text);
            for (int g : sets[i]) {
                frequency.merge(g, 1, Integer::sum);
            }
        }
        // Rank the bigrams rarest first; the sets become sorted arrays of ranks.
        List<Integer> order = new ArrayList<>(frequency.keySet());
        order.sort((a, b) -> frequency.get(a).equals(frequency.get(b))
                ? Integer.compare(a, b)
                : Integer.compare(frequency.get(a), frequency.get(b)));
        Map<Integer, Integer> rank = new HashMap<>(order.size() * 2);
        for (int r = 0; r < order.size(); r++) {
            rank.put(order.get(r), r);
        }
        Map<Integer, List<Integer>> index = new HashMap<>();
        Map<Integer, Integer> copies = new HashMap<>();
        for (int i = 0; i < sets.length; i++) {
            if (sets[i].length == 0) {
                continue;
            }
            int[] ranks = Arrays.stream(sets[i]).map(rank::get).sorted().toArray();
            sets[i] = ranks;
            int prefix = ranks.length - (int) Math.ceil(jaccard * ranks.length - 1e-9) + 1;
            int first = earliestMatch(ranks, prefix, sets, index, sameText);
            if (first >= 0) {
                copies.put(i, first);
            }
            for (int p = 0; p < prefix; p++) {
                index.computeIfAbsent(ranks[p], k -> new ArrayList<>()).add(i);
            }
        }
        return copies;
    }

    private static int earliestMatch(
            int[] ranks, int prefix, int[][] sets, Map<Integer, List<Integer>> index, double sameText) {
        int best = -1;
        for (int p = 0; p < prefix; p++) {
            List<Integer> earlier = index.get(ranks[p]);
            if (earlier == null) {
                continue;
            }
            for (int candidate : earlier) { // ascending positions
                if (best >= 0 && candidate >= best) {
                    break;
                }
                if (dice(ranks, sets[candidate]) >= sameText) {
                    best = candidate;
                    break;
                }
            }
        }
        return best;
    }

    private static double dice(int[] x, int[] y) {
        int common = 0;
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                common++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (x.length + y.length);
    }

    private static int[] bigrams(String text) {
        String t = TextSimilarity.significant(text);
        int[] grams = new int[Math.max(0, t.length() - 1)];
        for (int i = 0; i + 1 < t.length(); i++) {
            grams[i] = t.charAt(i) << 16 | t.charAt(i + 1);
        }
        return Arrays.stream(grams).distinct().toArray();
    }
}
