package dev.unifiedbadges.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where the browser tests find Chromium, and the switches they start it with.
 *
 * <p>{@code PLAYWRIGHT_CHROMIUM_EXECUTABLE} names it (CI sets it to Debian's {@code chromium});
 * without it, {@code /usr/bin/chromium}. Two policies, because the suites need different ones: the
 * site's browser tests fall back to Playwright's own browser ({@link #find}), the tokens' CSS test
 * is skipped ({@link #expected}).
 */
public final class Chromium {

  /** The environment variable that names the executable. */
  public static final String ENV = "PLAYWRIGHT_CHROMIUM_EXECUTABLE";

  /** Debian's Chromium. */
  public static final Path SYSTEM = Path.of("/usr/bin/chromium");

  /** Headless in a container, and nothing that reaches the network on its own. */
  public static final List<String> ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync");

  private Chromium() {}

  /** {@value #ENV} if set, else {@link #SYSTEM}, whether or not the file exists. */
  public static Path expected() {
    String configured = System.getenv(ENV);
    return configured != null && !configured.isBlank() ? Path.of(configured) : SYSTEM;
  }

  /**
   * The executable to launch: {@value #ENV} if set (which must then be executable: a wrong setting
   * fails instead of silently testing another browser), else {@link #SYSTEM} if it is executable,
   * else none (the caller uses Playwright's managed browser).
   *
   * @throws IllegalStateException if {@value #ENV} names no executable file
   */
  public static Optional<Path> find() {
    String configured = System.getenv(ENV);
    if (configured != null && !configured.isBlank()) {
      Path executable = Path.of(configured);
      if (!Files.isExecutable(executable)) {
        throw new IllegalStateException(ENV + "=" + configured + " is not an executable file");
      }
      return Optional.of(executable);
    }
    return Files.isExecutable(SYSTEM) ? Optional.of(SYSTEM) : Optional.empty();
  }
}
