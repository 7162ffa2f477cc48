package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unifiedbadges.testing.JvmCommand;
import dev.unifiedbadges.testing.Processes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts JVMs that run {@link ForkMain} with this suite's class path. */
final class Forks {

  /** A started JVM; its output goes to files so a chatty child never blocks on a full pipe. */
  static final class Fork {
    final List<String> command;
    final Process process;
    final Path out;
    final Path err;

    Fork(List<String> command, Process process, Path out, Path err) {
      this.command = command;
      this.process = process;
      this.out = out;
      this.err = err;
    }

    /** Waits for the exit code (killing the JVM after the timeout). */
    int await(long timeoutSeconds) {
      try {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
          throw new AssertionError("timed out after " + timeoutSeconds + " s: " + describe());
        }
        return process.exitValue();
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }

    /** Waits and fails with the child's output unless it exits with 0. */
    String awaitSuccess(long timeoutSeconds) {
      int code = await(timeoutSeconds);
      assertEquals(0, code, () -> "forked JVM failed: " + describe());
      return stdout();
    }

    String stdout() {
      return read(out);
    }

    String describe() {
      return String.join(" ", command.subList(0, Math.min(command.size(), 3)))
          + " … "
          + command.subList(Math.max(0, command.size() - 6), command.size())
          + "\n--- stdout ---\n"
          + read(out)
          + "\n--- stderr ---\n"
          + read(err);
    }

    private static String read(Path p) {
      try {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
      } catch (IOException e) {
        return "<unreadable: " + e + ">";
      }
    }
  }

  private Forks() {}

  /** Options that make a short-lived JVM start and finish sooner. */
  static final List<String> QUICK =
      List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto");

  /** The command line of a JVM running {@link ForkMain} on this test classpath. */
  static List<String> command(List<String> jvmOptions, String... args) {
    return JvmCommand.of(jvmOptions, ForkMain.class, args);
  }

  /** Starts {@code java <jvmOptions> -cp <this class path> ForkMain <args>}. */
  static Fork start(Path logDir, List<String> jvmOptions, String... args) {
    List<String> command = command(jvmOptions, args);
    try {
      Files.createDirectories(logDir);
      Path out = Files.createTempFile(logDir, "fork-", ".out");
      Path err = Files.createTempFile(logDir, "fork-", ".err");
      ProcessBuilder pb = new ProcessBuilder(command);
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.redirectInput(ProcessBuilder.Redirect.from(Processes.nullFile()));
      return new Fork(command, pb.start(), out, err);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
