package org.luoshi.plan;

import org.luoshi.Texts;

/** Something an edit allowed but the office should know (a duplicate number), in both languages. */
public record EditNotice(String code, String zh, String en) {

    static EditNotice of(String code, Object... args) {
        return new EditNotice(code, Texts.zh("notice." + code, args), Texts.en("notice." + code, args));
    }
}
