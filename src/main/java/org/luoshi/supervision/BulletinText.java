package org.luoshi.supervision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;
import org.luoshi.Texts;
import org.luoshi.supervision.BulletinFigures.Figures;
import org.luoshi.supervision.BulletinFigures.Line;

/** The bulletin's figures written out as sentences and percentages, the same for the page, the DOCX and the PDF. */
final class BulletinText {

    private BulletinText() {}

    /** The summary sentence from the status totals ("截至前三季度" ... "已完成8项" ...). */
    static String summary(Figures f, String periodLabel) {
        String byStatus = f.statuses().stream()
                .filter(l -> !"0".equals(l.cells().get(1)))
                .map(l -> Texts.zh(
                        "loop.bulletin.default.status",
                        l.cells().get(0),
                        l.cells().get(1)))
                .collect(Collectors.joining("\u3001"));
        return Texts.zh(
                "loop.bulletin.default.summary",
                periodLabel,
                Integer.toString(f.tasks()),
                byStatus,
                Integer.toString(f.lagging().size()),
                Integer.toString(f.silent().size()),
                Integer.toString(f.items().size()));
    }

    /** A stored share ("0.6590") as a percentage with one decimal ("65.9%"); blank stays blank. */
    static String percent(String share) {
        if (share == null || share.isBlank()) {
            return "";
        }
        return new BigDecimal(share)
                        .movePointRight(2)
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString() + "%";
    }

    /** The cells of a row as printed: shares of the unit and silent tables as percentages. */
    static List<String> printed(Line line) {
        List<String> c = line.cells();
        return switch (line.kind()) {
            case "status" -> List.of(c.get(0), c.get(1), percent(c.get(2)));
            case "unit" -> List.of(c.get(0), c.get(1), percent(c.get(2)), percent(c.get(3)));
            case "silent" -> List.of(c.get(0), c.get(1), percent(c.get(2)));
            case "lagging" -> List.of(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4));
            default -> List.of(c.get(0), c.get(1), c.get(2), c.get(3), Texts.zh("loop.item.state." + c.get(4)));
        };
    }

    /** 成文日期 as GB/T 9704-2012 writes it: Arabic numerals, "2019年10月8日". */
    static String dated(java.time.LocalDate d) {
        return d.getYear() + "\u5E74" + d.getMonthValue() + "\u6708" + d.getDayOfMonth() + "\u65E5";
    }
}
