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
}
