package org.luoshi.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentReadersTest {

    private final DocumentReaders readers = new DocumentReaders();

    @Test
    void rejectsEmptyInput() {
        assertThatThrownBy(() -> readers.read("a.txt", new byte[0]))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> readers.read("a.txt", " \n\n ".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("文件为空");
    }

    @Test
    void rejectsInputLargerThanTheLimit() {
        assertThatThrownBy(() -> readers.read("a.txt", new byte[DocumentReaders.MAX_BYTES + 1]))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("too large");
    }

    @Test
    void rejectsBinaryJunk() {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        junk[0] = 1;
        assertThatThrownBy(() -> readers.read("a.txt", junk))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("binary");
    }

    @Test
    void rejectsPdfAndLegacyOfficeFilesByTheirContent() {
        assertThatThrownBy(() -> readers.read("report.txt", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII)))
                .hasMessage("不支持的文件类型 / unsupported file type: .pdf");
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
        assertThatThrownBy(() -> readers.read("report.doc", ole)).hasMessageContaining(".docx");
    }

    @Test
    void rejectsUnsupportedExtensionsWithTheirName() {
        assertThatThrownBy(() -> readers.read("scan.png", "序号 工作内容".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("不支持的文件类型 / unsupported file type: .png");
    }

    @Test
    void rejectsAZipThatIsNeitherWordNorExcel() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hi".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> readers.read("a.zip", bytes.toByteArray()))
                .hasMessageContaining("unsupported file type");
    }

    @Test
    void reportsADamagedWordFileInOneLine() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<not really".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> readers.read("a.docx", bytes.toByteArray()))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("无法读取docx文件")
                .hasMessageNotContaining("\n");
    }

    @Test
    void saysSoWhenTextHoldsNoTaskTable() {
        assertThatThrownBy(() -> readers.read("a.txt", "今天天气很好。\n我们去公园。".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("no task table");
    }

    @Test
    void readsGbkText() {
        String text = "序号\n工作内容\n牵头单位\n进展情况\n1\n建成茶山大桥。\n市交通局\n已完工。\n";
        ReadDocument d = readers.read("a.txt", text.getBytes(java.nio.charset.Charset.forName("GBK")));
        assertThat(d.tasks().get(0).leadUnits()).containsExactly("市交通局");
    }

    @Test
    void readsCanonicalJsonBack() {
        String json = """
                {"title":"t","government":"舟山市","year":2022,"periodLabel":"前三季度","periodEnd":"2022-09-30","expectedShare":0.75,
                 "tasks":[{"number":"1","content":"建成茶山大桥。","leadUnits":["市交通局"],"coUnits":[],"progress":"已完工。",
                 "targets":[],"actuals":[],"status":"completed","statusReason":"已完工"}],"findings":[]}
                """;
        ReadDocument d = readers.read("plan.json", json.getBytes(StandardCharsets.UTF_8));
        assertThat(d.tasks()).extracting(TaskRow::content).containsExactly("建成茶山大桥。");
        assertThat(d.periodEnd()).hasToString("2022-09-30");
    }

    @Test
    void rejectsMalformedJsonInOneLine() {
        assertThatThrownBy(() -> readers.read("plan.json", "{\"tasks\": [".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("JSON格式错误")
                .hasMessageNotContaining("\n");
    }

    @Test
    void turnsDeeplyNestedHtmlIntoAnUnreadableDocumentInsteadOfACrash() {
        String html =
                "<html><body>" + "<div>".repeat(200_000) + "序号 工作内容" + "</div>".repeat(200_000) + "</body></html>";
        assertThatThrownBy(() -> readers.read("a.html", html.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UnreadableDocumentException.class);
    }
}
