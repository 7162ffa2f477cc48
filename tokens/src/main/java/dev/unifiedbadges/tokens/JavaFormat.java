package dev.unifiedbadges.tokens;

import dev.unifiedbadges.tokens.format.FileSink;
import dev.unifiedbadges.tokens.format.FormatContext;
import dev.unifiedbadges.tokens.format.FormatTask;
import dev.unifiedbadges.tokens.format.OutputFile;
import dev.unifiedbadges.tokens.format.OutputFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Java sources for applications that render badges on the server: {@code <package>/Badges.java},
 * compiled against {@code badge-runtime} alone. The Maven plugin writes them into a source root of
 * their own rather than the output directory.
 */
public final class JavaFormat implements OutputFormat {

  public static final String ID = "java";

  /** The option naming the package of the generated class. */
  public static final String PACKAGE_OPTION = "package";

  /** The package when the option is not set. */
  public static final String DEFAULT_PACKAGE = "badges";

  private static final String GROUP = "Java";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Map<String, String> options() {
    return Map.of(
        PACKAGE_OPTION,
        "The package of the generated class, e.g. com.example.badges (default "
            + DEFAULT_PACKAGE
            + ").");
  }

  @Override
  public List<OutputFile> files(FormatContext context) {
    return List.of(
        new OutputFile(
            path(javaPackage(context)),
            GROUP,
            "Java constants for every domain and value, the resolver and an escaping HTML"
                + " renderer, over the dependency-free badge-runtime jar.",
            "text/x-java-source"));
  }

  @Override
  public List<FormatTask> tasks(FormatContext context, FileSink sink) {
    String javaPackage = javaPackage(context);
    return List.of(
        () ->
            sink.put(
                path(javaPackage),
                JavaExporter.source(
                        context.catalog(),
                        new CssNames(context.tokenOptions().cssPrefix()),
                        javaPackage)
                    .getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The package the option names.
   *
   * @throws IllegalArgumentException if it is not a valid package name; callers with a parameter to
   *     name (the Maven plugin) check it first with {@link JavaNames#packageProblem}
   */
  static String javaPackage(FormatContext context) {
    String name = context.option(PACKAGE_OPTION).map(String::strip).orElse(DEFAULT_PACKAGE);
    JavaNames.packageProblem(name)
        .ifPresent(
            problem -> {
              throw new IllegalArgumentException(
                  "invalid Java package '" + name + "' (format option java.package): " + problem);
            });
    return name;
  }

  private static String path(String javaPackage) {
    return javaPackage.replace('.', '/') + "/" + JavaNames.OUTER_CLASS + ".java";
  }
}
