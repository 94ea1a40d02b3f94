package org.luoshi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsCanonicalJsonOfADocument() throws IOException {
        Path file = dir.resolve("plan.csv");
        Files.writeString(file, "2022年重点工作前三季度完成情况\n序号,工作内容,牵头单位,进展情况\n1,建成茶山大桥。,市交通局,已完工。\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of("extract", file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("\"leadUnits\" : [ \"市交通局\" ]", "\"periodLabel\" : \"前三季度\"", "\"status\"");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void failsWithOneLineForAMissingFile() {
        CliRun run = CliRun.of("extract", dir.resolve("nope.txt").toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).startsWith("luoshi: 文件不存在 / no such file").doesNotContain("\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void failsWithOneLineForAnUnsupportedType() throws IOException {
        Path file = dir.resolve("scan.pdf");
        Files.write(file, "%PDF-1.4 binary".getBytes(StandardCharsets.US_ASCII));
        CliRun run = CliRun.of("extract", file.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err().strip()).isEqualTo("luoshi: 不支持的文件类型 / unsupported file type: .pdf");
    }

    @Test
    void failsWithOneLineForADirectory() {
        CliRun run = CliRun.of("extract", dir.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("not a file");
    }
}
