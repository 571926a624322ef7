package vn.parindex.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real PostgreSQL every figure is measured on: zonky's embedded server, as in the tests (fsync and
 * synchronous_commit off, its defaults), with pg_stat_statements loaded. One database per application context.
 */
final class BenchPostgres implements AutoCloseable {

    private final EmbeddedPostgres server;

    BenchPostgres() {
        try {
            server = EmbeddedPostgres.builder()
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "top")
                    .setServerConfig("max_connections", "300")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        execute("postgres", "create extension if not exists pg_stat_statements");
    }

    int port() {
        return server.getPort();
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    String version() {
        return queryString("postgres", "select version()");
    }

    void createDatabase(String name) {
        execute("postgres", "drop database if exists " + name);
        execute("postgres", "create database " + name);
    }

    void execute(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    String queryString(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    List<List<String>> query(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", "postgres");
    }

    void resetStatementStatistics() {
        execute("postgres", "select pg_stat_statements_reset()");
    }

    /** The statements of a database that took the most server time since the last reset. */
    List<List<String>> topStatements(String database, int limit) {
        return query("postgres", """
                select calls, round(total_exec_time::numeric, 1), round((total_exec_time / calls)::numeric, 3),
                       regexp_replace(left(query, 160), '\\s+', ' ', 'g')
                from pg_stat_statements s join pg_database d on d.oid = s.dbid
                where d.datname = '%s' and calls > 0
                order by total_exec_time desc limit %d""".formatted(database, limit));
    }

    /** The statements of a database that name the table, by server time since the last reset. */
    List<List<String>> statementsOn(String database, String table) {
        return query("postgres", """
                select calls, round(total_exec_time::numeric, 1), round((total_exec_time / calls)::numeric, 3),
                       regexp_replace(left(query, 160), '\\s+', ' ', 'g')
                from pg_stat_statements s join pg_database d on d.oid = s.dbid
                where d.datname = '%s' and calls > 0 and lower(query) like '%%%s%%'
                order by total_exec_time desc""".formatted(database, table.toLowerCase()));
    }

    record PgbenchResult(double tps, String version, String command, String output) {
    }

    /** TPC-B (pgbench's default script) against this server: {@code -i -s scale}, then clients for seconds. */
    PgbenchResult pgbench(int scale, int clients, int threads, int seconds) {
        String binary = pgbenchBinary();
        createDatabase("pgbench");
        run(List.of(binary, "-h", "localhost", "-p", String.valueOf(port()), "-U", "postgres", "-i", "-q", "-s",
                String.valueOf(scale), "pgbench"), 600);
        List<String> command = List.of(binary, "-h", "localhost", "-p", String.valueOf(port()), "-U", "postgres",
                "-c", String.valueOf(clients), "-j", String.valueOf(threads), "-T", String.valueOf(seconds), "pgbench");
        String output = run(command, seconds + 120L);
        Matcher tps = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps:\n" + output);
        }
        String version = run(List.of(binary, "--version"), 30).strip();
        execute("postgres", "drop database if exists pgbench");
        return new PgbenchResult(Double.parseDouble(tps.group(1)), version,
                String.join(" ", command).replace(binary, "pgbench"), output);
    }

    static String pgbenchBinary() {
        for (String candidate : List.of("/usr/lib/postgresql/17/bin/pgbench", "/usr/lib/postgresql/16/bin/pgbench",
                "/usr/lib/postgresql/15/bin/pgbench", "/usr/bin/pgbench")) {
            if (new File(candidate).canExecute()) {
                return candidate;
            }
        }
        return "pgbench";
    }

    private static String run(List<String> command, long timeoutSeconds) {
        try {
            Path log = Files.createTempFile("bench-pgbench", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PGPASSWORD", "postgres");
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " exited " + process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
