package kr.innocluster.portal.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The string literals of Java source files, comments skipped. ArchUnit reads class files, where the compiler has
 * already inlined constants, so rules about literals (no Korean text in code, role names only through {@code Roles})
 * read the sources instead.
 */
final class JavaSourceLiterals {

    /** A string literal (its content, text blocks included) at a line of a file, with the code before it on that line. */
    record Literal(Path file, int line, String text, String before) {
        @Override
        public String toString() {
            return file.getFileName() + ":" + line + " \"" + text + "\"";
        }
    }

    private JavaSourceLiterals() {
    }

    static List<Literal> in(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            List<Literal> literals = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".java.txt"))
                    .sorted()
                    .forEach(f -> literals.addAll(of(f)));
            return literals;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Literal> of(Path file) {
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Literal> literals = new ArrayList<>();
        int line = 1;
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                line += count(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end;
                literals.add(new Literal(file, line, source.substring(i + 3, end), lineBefore(source, i)));
                line += count(source, i, end);
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder text = new StringBuilder();
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    if (source.charAt(j) == '\\' && j + 1 < n) {
                        text.append(source.charAt(j + 1));
                        j += 2;
                    } else {
                        text.append(source.charAt(j++));
                    }
                }
                if (c == '"') {
                    literals.add(new Literal(file, line, text.toString(), lineBefore(source, i)));
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private static String lineBefore(String source, int index) {
        int start = source.lastIndexOf('\n', index - 1) + 1;
        return source.substring(start, index);
    }

    private static int count(String source, int from, int to) {
        int lines = 0;
        for (int k = from; k < to && k < source.length(); k++) {
            if (source.charAt(k) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
