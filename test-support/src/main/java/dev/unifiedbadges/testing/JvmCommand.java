package dev.unifiedbadges.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a forked JVM that runs a main class on the caller's class path, so a test can
 * check what happens in another process (another locale, a killed run, a race).
 */
public final class JvmCommand {

  private JvmCommand() {}

  /** The java launcher of the running JVM. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** {@code java <jvmOptions> -cp <this JVM's class path> <mainClass> <args>}. */
  public static List<String> of(List<String> jvmOptions, Class<?> mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    return command;
  }
}
