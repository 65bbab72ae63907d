package org.esgstudio.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;

/**
 * Files that are not (usable) project files, each made in a folder of its own, with the exact Chinese message a user
 * must see for it. Tampering is done with plain JDBC or plain bytes, never through {@link ProjectFile}.
 */
public enum BadProjectFiles {
    TEXT_FILE {
        @Override
        Path make(Path dir, Path good) throws IOException {
            return Files.writeString(dir.resolve("notes.esg"), "这不是项目文件，只是几行笔记。\n", StandardCharsets.UTF_8);
        }

        @Override
        public String message(Path file) {
            return file + ": 不是 ESG 报告工作台的项目文件（不是 SQLite 数据库）";
        }
    },
    LONG_TEXT_FILE {
        @Override
        Path make(Path dir, Path good) throws IOException {
            return Files.writeString(dir.resolve("report.esg"), "{\"formatVersion\": 1}\n".repeat(40),
                    StandardCharsets.UTF_8);
        }

        @Override
        public String message(Path file) {
            return file + ": 不是 ESG 报告工作台的项目文件（不是 SQLite 数据库）";
        }
    },
    EMPTY_FILE {
        @Override
        Path make(Path dir, Path good) throws IOException {
            return Files.createFile(dir.resolve("empty.esg"));
        }

        @Override
        public String message(Path file) {
            return file + ": 文件是空的，不是 ESG 报告工作台的项目文件";
        }
    },
    TRUNCATED {
        @Override
        Path make(Path dir, Path good) throws IOException {
            byte[] bytes = Files.readAllBytes(good);
            return Files.write(dir.resolve("truncated.esg"), Arrays.copyOf(bytes, bytes.length / 2));
        }

        @Override
        public String message(Path file) {
            try {
                long size = Files.size(file);
                NumberFormat grouped = NumberFormat.getInstance(Locale.SIMPLIFIED_CHINESE);
                return file + ": 项目文件不完整（只有 " + grouped.format(size) + " 字节，应有 " + grouped.format(size * 2)
                        + " 字节），可能复制或下载时被截断：请从备份恢复";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    NEWER_SCHEMA {
        @Override
        Path make(Path dir, Path good) throws IOException, SQLException {
            Path file = Files.copy(good, dir.resolve("newer.esg"));
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA user_version = 99");
            }
            return file;
        }

        @Override
        public String message(Path file) {
            return file + ": 由更新版本的 ESG 报告工作台创建（结构版本 99，本版本最高支持 " + Migrations.LATEST + "）：请升级后再打开";
        }
    },
    FOREIGN_SQLITE {
        @Override
        Path make(Path dir, Path good) throws SQLException {
            Path file = dir.resolve("foreign.esg");
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE contacts (name TEXT, phone TEXT)");
                statement.execute("INSERT INTO contacts VALUES ('张三', '010-12345678')");
            }
            return file;
        }

        @Override
        public String message(Path file) {
            return file + ": 是 SQLite 数据库，但不是 ESG 报告工作台的项目文件";
        }
    },
    MISSING {
        @Override
        Path make(Path dir, Path good) {
            return dir.resolve("missing.esg");
        }

        @Override
        public String message(Path file) {
            return file + ": 项目文件不存在";
        }
    },
    DIRECTORY {
        @Override
        Path make(Path dir, Path good) throws IOException {
            return Files.createDirectory(dir.resolve("folder.esg"));
        }

        @Override
        public String message(Path file) {
            return file + ": 不是文件";
        }
    };

    abstract Path make(Path dir, Path good) throws IOException, SQLException;

    /** The exact message (Chinese) for this file. */
    public abstract String message(Path file);

    /** Makes this bad file in {@code dir} (which should hold nothing else), from a good project file elsewhere. */
    public Path makeIn(Path dir, Path goodProjectFile) {
        try {
            Path file = make(dir, goodProjectFile).toAbsolutePath();
            for (Path sibling : FileState.sqliteSiblings(file)) {
                if (Files.exists(sibling)) {
                    throw new IllegalStateException("setting up left " + sibling);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
