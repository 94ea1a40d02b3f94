package org.luoshi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module's SQL names only its own tables. The SQL is read from the string constants of the compiled classes
 * (their constant pools, so text blocks and concatenated constants count), the owners from
 * {@code module-tables.properties}, the one list of which module owns which table.
 */
class TableOwnershipTest {

    private static final Path CLASSES = Path.of("target/classes/org/luoshi");
    private static final Pattern SQL = Pattern.compile("(?is)\\b(select|insert|update|delete|merge)\\b");
    private static final Pattern TABLE_NAME =
            Pattern.compile("(?i)\\b(?:from|join|into|update|exists|table)\\s+([a-z_][a-z0-9_]*)");

    @Test
    void everyModuleNamesOnlyItsOwnTablesInSql() throws IOException {
        Map<String, String> owners = owners();
        Map<String, Set<String>> foreign = new TreeMap<>();
        for (Path file : classFiles()) {
            String module = moduleOf(file);
            for (String constant : stringConstants(file)) {
                for (String table : tablesIn(constant, owners)) {
                    if (!owners.get(table).equals(module)) {
                        foreign.computeIfAbsent(CLASSES.relativize(file).toString(), k -> new TreeSet<>())
                                .add(table + " (" + owners.get(table) + ")");
                    }
                }
            }
        }
        assertThat(foreign).as("SQL on another module's tables").isEmpty();
    }

    @Test
    void everyTableOfTheMigrationsHasAnOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create table\\s+([a-z_][a-z0-9_]*)");
        try (Stream<Path> sql = Files.walk(Path.of("src/main/resources/db"))) {
            for (Path p : sql.filter(f -> f.toString().endsWith(".sql")).toList()) {
                Matcher m = create.matcher(Files.readString(p));
                while (m.find()) {
                    created.add(m.group(1).toLowerCase());
                }
            }
        }
        assertThat(owners().keySet()).containsAll(created);
    }

    @Test
    void readsTableNamesOutOfSqlOnly() {
        Map<String, String> owners = Map.of("task", "plan", "unit", "plan", "judgement", "judgement");
        assertThat(tablesIn("select t.id from task t join unit u on u.id = t.unit_id", owners))
                .containsExactlyInAnyOrder("task", "unit");
        assertThat(tablesIn("no judgement for this task and period", owners)).isEmpty();
    }

    static Set<String> tablesIn(String constant, Map<String, String> owners) {
        Set<String> found = new TreeSet<>();
        if (!SQL.matcher(constant).find()) {
            return found;
        }
        Matcher m = TABLE_NAME.matcher(constant);
        while (m.find()) {
            String name = m.group(1).toLowerCase();
            if (owners.containsKey(name)) {
                found.add(name);
            }
        }
        return found;
    }

    private static Map<String, String> owners() throws IOException {
        Properties p = new Properties();
        try (InputStream in = TableOwnershipTest.class.getResourceAsStream("/module-tables.properties")) {
            p.load(in);
        }
        Map<String, String> owners = new TreeMap<>();
        p.stringPropertyNames().forEach(module -> {
            for (String table : p.getProperty(module).split(",")) {
                String previous = owners.put(table.strip(), module);
                assertThat(previous).as("owner of " + table).isNull();
            }
        });
        return owners;
    }

    private static List<Path> classFiles() throws IOException {
        try (Stream<Path> files = Files.walk(CLASSES)) {
            return files.filter(f -> f.toString().endsWith(".class"))
                    .filter(f -> f.getParent().equals(CLASSES) == false)
                    .toList();
        }
    }

    /** The module is the first package below {@code org.luoshi}. */
    private static String moduleOf(Path classFile) {
        return CLASSES.relativize(classFile).getName(0).toString();
    }

    /** The CONSTANT_String entries of a class file (JVMS 4.4): the string literals the code uses. */
    static List<String> stringConstants(Path classFile) {
        try (var in = new DataInputStream(Files.newInputStream(classFile))) {
            in.readInt();
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            List<Integer> strings = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 8 -> strings.add(in.readUnsignedShort());
                    case 7, 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    default -> throw new IllegalStateException("constant tag " + tag + " in " + classFile);
                }
            }
            return strings.stream().map(i -> utf8[i]).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
