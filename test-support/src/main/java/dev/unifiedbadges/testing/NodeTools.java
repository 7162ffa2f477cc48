package dev.unifiedbadges.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Node tools the tests run (TypeScript, esbuild), each pinned to an exact version and installed
 * once per build under the module's {@code target/node-tools/}; {@code mvn clean} removes them.
 */
public final class NodeTools {

  /** The TypeScript compiler every test uses. */
  public static final String TYPESCRIPT = "typescript@5.9.3";

  /** The bundler the npm package test bundles a page with. */
  public static final String ESBUILD = "esbuild@0.28.2";

  private static final Path ROOT = Path.of("target", "node-tools").toAbsolutePath();

  /** Written after a complete install, so an interrupted one is redone. */
  private static final String DONE = ".installed";

  private NodeTools() {}

  /**
   * The directory holding {@code node_modules/<name>} for {@code spec} ({@code name@version}),
   * installed now if an earlier run has not; empty only if npm is not on the PATH (the caller
   * skips).
   *
   * @throws AssertionError if npm is there but cannot install it (e.g. no registry), saying how to
   *     fix it: a missing tool must not pass as a skipped test
   */
  public static synchronized Optional<Path> install(String spec) {
    Path dir = ROOT.resolve(spec.replace('@', '-').replace('/', '-'));
    if (Files.isRegularFile(dir.resolve(DONE))) {
      return Optional.of(dir);
    }
    Optional<Path> npm = Processes.onPath("npm");
    if (npm.isEmpty()) {
      return Optional.empty();
    }
    try {
      Files.createDirectories(dir);
      Processes.Result r =
          Processes.run(
              List.of(
                  npm.get().toString(),
                  "install",
                  "--prefix",
                  dir.toString(),
                  "--no-audit",
                  "--no-fund",
                  "--no-package-lock",
                  "--loglevel=error",
                  spec),
              dir,
              Map.of(),
              600);
      if (r.exitCode() != 0) {
        throw new AssertionError(
            "npm could not install "
                + spec
                + ", which this test needs. Fix: let npm reach its registry once (the tool is then"
                + " kept under "
                + ROOT
                + " until mvn clean), or configure a registry mirror in .npmrc.\n"
                + r.describe());
      }
      Files.writeString(dir.resolve(DONE), spec + "\n", StandardCharsets.UTF_8);
      return Optional.of(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
