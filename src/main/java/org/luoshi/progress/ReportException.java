package org.luoshi.progress;

import org.luoshi.DomainException;

/** The user errors of reporting, in Chinese and English. */
final class ReportException extends DomainException {

    private ReportException(Kind kind, String zh, String en) {
        super(kind, zh, en);
    }

    static ReportException wrongState(ReportState state, String zhAction, String enAction) {
        return new ReportException(
                Kind.CONFLICT,
                "报告当前状态为“" + state.zh() + "”,不能" + zhAction,
                "the report is " + state.en() + " and cannot be " + enAction);
    }

    static ReportException locked() {
        return new ReportException(Kind.CONFLICT, "报告已采纳并锁定,不能再修改", "the report is accepted and locked");
    }

    static ReportException emptyText() {
        return new ReportException(Kind.BAD_INPUT, "进展情况不能为空", "the progress text must not be empty");
    }

    static ReportException reasonRequired() {
        return new ReportException(Kind.BAD_INPUT, "退回必须填写原因", "a return needs a reason");
    }

    static ReportException tooLong(String zhField, String enField, int max) {
        return new ReportException(
                Kind.BAD_INPUT, zhField + "不能超过" + max + "个字符", enField + " must not exceed " + max + " characters");
    }

    static ReportException conflict() {
        return new ReportException(
                Kind.CONFLICT,
                "保存冲突:此报告已被他人修改。您的文字已保留,请核对最新内容后再保存",
                "conflict: someone else changed this report; your text is kept, check the latest version and save again");
    }

    static ReportException notFound(long id) {
        return new ReportException(Kind.NOT_FOUND, "未找到报告 " + id, "no report " + id);
    }

    /** Someone else's report answers as absent, so that its existence is not revealed. */
    static ReportException notYours(long id) {
        return notFound(id);
    }

    static ReportException approvalNotUsed() {
        return new ReportException(Kind.CONFLICT, "本计划不需要单位审核", "this plan needs no unit approval");
    }

    static ReportException planNotFound(long id) {
        return new ReportException(Kind.NOT_FOUND, "未找到计划 " + id, "no plan " + id);
    }

    static ReportException periodExists(String label) {
        return new ReportException(Kind.CONFLICT, "报告期“" + label + "”已存在", "period " + label + " already exists");
    }

    static ReportException badPeriod(String zh, String en) {
        return new ReportException(Kind.BAD_INPUT, zh, en);
    }

    static ReportException evidenceType() {
        return new ReportException(
                Kind.BAD_INPUT,
                "附件须为 PDF、DOCX、XLSX、JPG 或 PNG 文件,且内容与扩展名相符",
                "an attachment must be a PDF, DOCX, XLSX, JPG or PNG file whose content matches its extension");
    }

    static ReportException evidenceTooLarge() {
        return new ReportException(Kind.BAD_INPUT, "附件不能超过10 MB", "an attachment must not exceed 10 MB");
    }

    static ReportException evidenceTooMany() {
        return new ReportException(Kind.BAD_INPUT, "每份报告最多5个附件", "a report carries at most 5 attachments");
    }

    static ReportException evidenceEmpty() {
        return new ReportException(Kind.BAD_INPUT, "请选择要上传的文件", "choose a file to upload");
    }

    static ReportException evidenceNotFound(long id) {
        return new ReportException(Kind.NOT_FOUND, "未找到附件 " + id, "no attachment " + id);
    }
}
