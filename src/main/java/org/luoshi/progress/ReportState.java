package org.luoshi.progress;

/** Where a progress report stands; the code is what the database and the API carry. */
public enum ReportState {
    /** 草稿: the unit's reporter writes; nobody else sees it as a report yet. */
    DRAFT("draft", "草稿", "draft"),
    /** 已报送: the reporter submitted; waits for the unit approver (or the office when the plan needs no approval). */
    SUBMITTED("submitted", "已报送", "submitted"),
    /** 单位已审核: the unit approver approved; waits for the office. */
    APPROVED("approved", "单位已审核", "approved by unit"),
    /** 已退回: the approver or the office returned it with a reason; the reporter edits and resubmits. */
    RETURNED("returned", "已退回", "returned"),
    /** 已采纳: the office accepted it; locked, it is the task's progress for the period. */
    ACCEPTED("accepted", "已采纳", "accepted");

    private final String code;
    private final String zh;
    private final String en;

    ReportState(String code, String zh, String en) {
        this.code = code;
        this.zh = zh;
        this.en = en;
    }

    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** The reporter may change the text only in these states. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    public static ReportState fromCode(String code) {
        for (ReportState s : values()) {
            if (s.code.equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown report state: " + code);
    }
}
