package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @TempDir
    Path dir;

    private Path[] files() throws IOException {
        Path doc = dir.resolve("plan.csv");
        Files.writeString(
                doc, "序号,工作内容,牵头单位,进展情况\n1,建成茶山大桥。,市交通局,已完工。\n2,深化金融改革。,市金融办,出台政策。\n", StandardCharsets.UTF_8);
        Path gold = dir.resolve("gold.json");
        Files.writeString(gold, """
                {"tasks":[
                 {"number":"1","leadUnits":["市交通局"],"contentStart":"建成茶山大桥。","progressStart":"已完工。","targets":[],"actuals":[],"status":"completed"},
                 {"number":"2","leadUnits":["市财政局"],"contentStart":"深化金融改革。","progressStart":"出台政策。","targets":[],"actuals":[],"status":"unclear"}]}
                """, StandardCharsets.UTF_8);
        return new Path[] {gold, doc};
    }

    @Test
    void printsAReadableTable() throws IOException {
        Path[] f = files();
        CliRun run = CliRun.of("eval", f[0].toString(), f[1].toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("2/2 matched", "lead units / 牵头单位", "1/2 (50.0%)");
    }

    @Test
    void printsMachineReadableJsonWhenAsked() throws IOException {
        Path[] f = files();
        CliRun run = CliRun.of("eval", "--json", f[0].toString(), f[1].toString());
        assertThat(run.out().replaceAll("\\s", ""))
                .contains("\"matchedTasks\":2", "\"leadUnitsEqual\":1", "\"statusJudged\":1");
    }

    @Test
    void failsWithOneLineWhenTheGoldIsNotJson() throws IOException {
        Path[] f = files();
        Files.writeString(f[0], "not json");
        CliRun run = CliRun.of("eval", f[0].toString(), f[1].toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err().strip()).startsWith("luoshi: 标注文件不是JSON");
    }

    /** A folder of two documents: one read (the CSV, named by its gold), one the reader refuses (NAME.txt). */
    private Path folder() throws IOException {
        Path[] f = files();
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.copy(f[1], corpus.resolve("plan.csv"));
        Files.writeString(
                corpus.resolve("a-plan.gold.json"),
                Files.readString(f[0]).replaceFirst("\\{", "{\"document\":\"plan.csv\","),
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b-notice.txt"), "关于印发工作要点的通知\n各单位:现将要点印发给你们。\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b-notice.gold.json"), """
                {"tasks":[{"number":"1","leadUnits":["市乙局"],"contentStart":"完成乙事项","progressStart":"",
                 "targets":[{"unit":"个","normalized":3},{"unit":"个","normalized":null}],"actuals":[],"status":"no_data"}]}
                """, StandardCharsets.UTF_8);
        return corpus;
    }

    @Test
    void scoresEveryGoldFileOfAFolderWithARowEachAndTheTotals() throws IOException {
        CliRun run = CliRun.of("eval", folder().toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("a-plan ", "tasks   2/2   units   1")
                .containsPattern("b-notice +FAILED .*\\(gold tasks 1\\)")
                .contains("2 documents, 1 refused; tasks matched 2/3 (extracted 2)")
                .contains("targets P 0.000 R 0.000 F1 0.000")
                .contains("tasks 0.667 units 0.500");
    }

    @Test
    void exitsNonZeroNamingEachTotalThatFallsShortOfItsFloor() throws IOException {
        Path corpus = folder();
        CliRun ok = CliRun.of("eval", "--min-tasks", "0.6", "--min-units", "0.5", corpus.toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        CliRun low = CliRun.of(
                "eval",
                "--min-tasks",
                "0.97",
                "--min-units",
                "0.5",
                "--min-targets",
                "0.9",
                "--min-status",
                "0.0",
                corpus.toString());
        assertThat(low.code()).isEqualTo(1);
        assertThat(low.err())
                .contains("below the floor: tasks, targets")
                .doesNotContain("units")
                .doesNotContain("status");
        assertThat(low.out()).contains("TOTAL");
    }

    @Test
    void theFloorsAlsoApplyToOneDocument() throws IOException {
        Path[] f = files();
        CliRun run = CliRun.of("eval", "--min-units", "0.9", f[0].toString(), f[1].toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("below the floor: units");
    }

    @Test
    void answersJsonForAFolderWithTheDocumentsAndTheTotals() throws IOException {
        CliRun run = CliRun.of("eval", "--json", folder().toString());
        String out = run.out().replaceAll("\\s", "");
        assertThat(out).contains("\"name\":\"a-plan\"", "\"refused\":", "\"documents\":2", "\"tasks\":0.6667");
    }

    @Test
    void saysWhatItNeedsWhenGivenOneFileOrAnEmptyFolder() throws IOException {
        Path[] f = files();
        CliRun one = CliRun.of("eval", f[0].toString());
        assertThat(one.code()).isNotZero();
        assertThat(one.err()).contains("give GOLD DOC, or a folder");
        CliRun empty =
                CliRun.of("eval", Files.createDirectories(dir.resolve("empty")).toString());
        assertThat(empty.code()).isNotZero();
        assertThat(empty.err()).contains("no NAME.gold.json in folder");
    }
}
