package dev.unifiedbadges.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs external programs (java, node, npm, tsc) for the tests, and finds them on the PATH. */
public final class Processes {

  /** What a finished process printed. */
  public record Result(int exitCode, String stdout, String stderr) {

    /** Exit code and both outputs, for an assertion message. */
    public String describe() {
      return "exit " + exitCode + "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
    }
  }

  private Processes() {}

  /**
   * Runs {@code command} in {@code dir} with {@code env} added to this JVM's environment and no
   * input, and waits for it; a process still running after {@code timeoutSeconds} is killed and
   * fails the test. Output goes to temporary files, so a chatty process never blocks on a full
   * pipe.
   */
  public static Result run(
      List<String> command, Path dir, Map<String, String> env, long timeoutSeconds) {
    try {
      Path out = Files.createTempFile("proc-", ".out");
      Path err = Files.createTempFile("proc-", ".err");
      try {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().putAll(env);
        pb.redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(nullFile()));
        Process process = pb.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          process.destroyForcibly();
          throw new AssertionError(
              "timed out after "
                  + timeoutSeconds
                  + "s: "
                  + command
                  + "\n"
                  + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The file to read a child's standard input from: it reads end of file at once. */
  public static File nullFile() {
    return new File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }

  /** An executable on the PATH, if any. */
  public static Optional<Path> onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
