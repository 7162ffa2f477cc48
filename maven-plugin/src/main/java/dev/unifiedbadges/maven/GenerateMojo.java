package dev.unifiedbadges.maven;

import dev.unifiedbadges.generator.FormatConfigurationException;
import dev.unifiedbadges.generator.FormatRegistry;
import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.GenerationResult;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.generator.output.ForeignDirectoryException;
import dev.unifiedbadges.generator.output.OutputWriter;
import dev.unifiedbadges.generator.output.UnsafeOutputException;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.site.SiteFormat;
import dev.unifiedbadges.tokens.JavaFormat;
import dev.unifiedbadges.tokens.NpmFormat;
import dev.unifiedbadges.tokens.format.Baseline;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates badge CSS, DTCG design tokens, a typed JS module and the static catalog site from the
 * badge definitions. Fails on definitions that are invalid (every error is reported with its file,
 * line and column) or cannot be read. A rerun with unchanged inputs writes nothing.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractBaselineMojo<GenerateMojo.Output> {

  /** Where WebJars keep their files: {@code <this>/<artifactId>/<version>/…}. */
  static final String WEBJARS = "META-INF/resources/webjars";

  /**
   * Registers a WebJar outside the {@code org.webjars} groups with webjars-locator, so that
   * versionless paths ({@code /webjars/<artifactId>/css/badges.css}) resolve.
   */
  static final String LOCATOR_PROPERTIES = "META-INF/resources/webjars-locator.properties";

  /**
   * The directory the generated files replace; it must be empty, missing, or written by this plugin
   * before.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.OUTPUT_DIRECTORY,
      defaultValue = "${project.build.directory}/badges")
  private File outputDirectory;

  /**
   * What to generate, comma-separated: any of {@code css}, {@code tokens}, {@code js}, {@code
   * snapshot} (the catalog snapshot and its JSON Schema), {@code site}, {@code java} (sources into
   * {@code javaSourceDirectory}), {@code npm} (a {@code package.json} that makes the output an npm
   * package, with the CSS, tokens and JS it exports), and the ids of third-party formats among the
   * plugin's {@code <dependencies>}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.FORMATS, defaultValue = "css,tokens,js,snapshot,site")
  private List<String> formats;

  /**
   * Options of individual formats, each named {@code <format>.<key>}, e.g. {@code
   * <site.title>Status</site.title>} or a third-party format's own; an unknown one fails the build.
   *
   * @since 0.2.0
   */
  @Parameter private Map<String, String> formatOptions;

  /**
   * The prefix of CSS classes and custom properties: a lower-case kebab identifier.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.CSS_PREFIX, defaultValue = "badge")
  private String cssPrefix;

  /**
   * When badges take their dark tones: {@code media} (when the system prefers a dark scheme, unless
   * the page forces a theme with the theme attribute) or {@code attribute} (only where the page
   * sets the theme attribute to {@code dark}: for pages without a dark theme).
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.DARK_MODE, defaultValue = "media")
  private String darkMode;

  /**
   * How DTCG colour tokens are written: {@code object} (DTCG 2025.10 colour objects) or {@code hex}
   * (plain strings, for older tools).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.TOKEN_COLOR_FORMAT, defaultValue = "object")
  private String tokenColorFormat;

  /**
   * The title of the catalog site; {@code Badge catalog} when empty.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SITE_TITLE, defaultValue = "${project.name}")
  private String siteTitle;

  /**
   * With the {@code npm} format: the package name, lower case and URL-safe, optionally scoped
   * ({@code @acme/badges}).
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.NPM_PACKAGE_NAME, defaultValue = "${project.artifactId}")
  private String npmPackageName;

  /**
   * With the {@code npm} format: the package version, semver or a Maven version that maps to one
   * ({@code 1.2-SNAPSHOT} is {@code 1.2.0-SNAPSHOT}).
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.NPM_PACKAGE_VERSION, defaultValue = "${project.version}")
  private String npmPackageVersion;

  /**
   * Put the generated CSS, tokens and JS into the project's jar as a WebJar, under {@code
   * META-INF/resources/webjars/<artifactId>/<version>/}, registered for webjars-locator.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.ATTACH, defaultValue = "false")
  private boolean attach;

  /**
   * With {@code attach}, put the catalog site into the jar too (it is left out by default: a
   * production jar rarely serves it).
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.ATTACH_SITE, defaultValue = "false")
  private boolean attachSite;

  /** Where the WebJar's locator registration is written before it is added as a resource. */
  @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
  private File buildDirectory;

  /**
   * The package of the generated Java class {@code Badges} (format {@code java}): dot-separated
   * identifiers, none a Java keyword.
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.JAVA_PACKAGE, defaultValue = "${project.groupId}.badges")
  private String javaPackage;

  /**
   * Where format {@code java} writes its sources, added to the project's compile source roots; the
   * directory is replaced atomically like {@code outputDirectory}.
   *
   * @since 0.2.0
   */
  @Parameter(
      property = PropertyNames.JAVA_SOURCE_DIRECTORY,
      defaultValue = "${project.build.directory}/generated-sources/badges")
  private File javaSourceDirectory;

  /** The project the resources are attached to. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The validated output parameters. */
  record Output(
      Path directory,
      List<String> formats,
      TokenOptions tokenOptions,
      Map<String, String> formatOptions,
      Optional<JavaSources> java) {}

  /**
   * Format {@code java}, which runs on its own into a source root rather than the output directory.
   *
   * @param directory the source root
   * @param formatOptions the {@code java.*} options, the package among them
   */
  record JavaSources(Path directory, Map<String, String> formatOptions) {}

  /**
   * The generator, with the formats of the plugin's own class realm (its {@code <dependencies>}).
   */
  private final Generator generator = new Generator(GenerateMojo.class.getClassLoader());

  @Override
  protected Output goalParameters() throws MojoFailureException {
    FormatRegistry registry;
    try {
      registry = generator.registry();
    } catch (FormatConfigurationException e) {
      throw new MojoFailureException(e.getMessage(), e);
    }
    List<String> wanted = Parameters.formats(formats, registry.ids());
    Map<String, String> options = new TreeMap<>();
    if (formatOptions != null) {
      formatOptions.forEach((k, v) -> options.put(k, v == null ? "" : v));
    }
    if (siteTitle != null && !siteTitle.isBlank()) {
      options.putIfAbsent(SiteFormat.ID + "." + SiteFormat.TITLE_OPTION, siteTitle);
    }
    String npmName = NpmFormat.ID + "." + NpmFormat.NAME_OPTION;
    String npmVersion = NpmFormat.ID + "." + NpmFormat.VERSION_OPTION;
    if (wanted.contains(NpmFormat.ID)) {
      // An option set directly in formatOptions wins, and is checked the same way.
      options.put(
          npmName,
          options.containsKey(npmName)
              ? Parameters.npmPackageName(options.get(npmName), "formatOptions " + npmName, null)
              : Parameters.npmPackageName(npmPackageName));
      options.put(
          npmVersion,
          options.containsKey(npmVersion)
              ? Parameters.npmPackageVersion(
                  options.get(npmVersion), "formatOptions " + npmVersion, null)
              : Parameters.npmPackageVersion(npmPackageVersion));
    }
    try {
      registry.select(wanted, options);
    } catch (FormatConfigurationException e) {
      throw new MojoFailureException(e.getMessage() + " (parameter 'formatOptions')", e);
    }
    TokenOptions tokenOptions =
        new TokenOptions(
            Parameters.cssPrefix(cssPrefix),
            Parameters.colorFormat(tokenColorFormat),
            true,
            Parameters.darkMode(darkMode));
    if (outputDirectory == null) {
      throw new MojoFailureException(
          "Parameter 'outputDirectory' (property "
              + PropertyNames.OUTPUT_DIRECTORY
              + ") is not set.");
    }
    Path directory = outputDirectory.toPath().toAbsolutePath().normalize();
    if (directory.getParent() == null) {
      throw new MojoFailureException(
          "Parameter 'outputDirectory' (property "
              + PropertyNames.OUTPUT_DIRECTORY
              + ") is the file system root "
              + directory
              + ", which the output would replace whole. Fix: point it at a directory of its own,"
              + " such as ${project.build.directory}/badges.");
    }
    return new Output(directory, wanted, tokenOptions, options, javaSources(wanted, options));
  }

  /**
   * The java run, if {@code java} is selected; its package checked (before anything is read) and
   * its options moved out of {@code options}, so the other formats' up-to-date record ignores them.
   */
  private Optional<JavaSources> javaSources(List<String> wanted, Map<String, String> options)
      throws MojoFailureException {
    String key = JavaFormat.ID + "." + JavaFormat.PACKAGE_OPTION;
    Map<String, String> own = new TreeMap<>();
    for (Iterator<Map.Entry<String, String>> it = options.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, String> option = it.next();
      if (option.getKey().startsWith(JavaFormat.ID + ".")) {
        own.put(option.getKey(), option.getValue());
        it.remove();
      }
    }
    if (!wanted.contains(JavaFormat.ID)) {
      return Optional.empty();
    }
    if (own.containsKey(key)) {
      own.put(key, Parameters.javaPackage(own.get(key), "formatOptions " + key, null));
    } else {
      own.put(key, Parameters.javaPackage(javaPackage, "javaPackage", PropertyNames.JAVA_PACKAGE));
    }
    if (javaSourceDirectory == null) {
      throw new MojoFailureException(
          "Parameter 'javaSourceDirectory' (property "
              + PropertyNames.JAVA_SOURCE_DIRECTORY
              + ") is not set.");
    }
    Path directory = javaSourceDirectory.toPath().toAbsolutePath().normalize();
    if (directory.getParent() == null) {
      throw new MojoFailureException(
          "Parameter 'javaSourceDirectory' (property "
              + PropertyNames.JAVA_SOURCE_DIRECTORY
              + ") is the file system root "
              + directory
              + ", which the sources would replace whole. Fix: point it at a directory of its"
              + " own, such as ${project.build.directory}/generated-sources/badges.");
    }
    return Optional.of(new JavaSources(directory, own));
  }

  @Override
  protected void run(
      Definitions definitions, LoadOptions loadOptions, boolean failOnWarnings, Output out)
      throws MojoExecutionException, MojoFailureException {
    Path output = out.directory();
    List<String> formats = out.formats().stream().filter(f -> !f.equals(JavaFormat.ID)).toList();
    if (out.java().isPresent()) {
      generateJava(definitions, loadOptions, failOnWarnings, out, out.java().get());
    }
    if (formats.isEmpty()) {
      return;
    }
    // Only the site shows the comparison; without it a baseline would be read for nothing.
    Baseline baseline =
        formats.contains(SiteFormat.ID) ? resolveBaseline(loadOptions, out.tokenOptions()) : null;
    GenerationRequest request =
        new GenerationRequest(
            definitions,
            output,
            formats,
            loadOptions,
            out.tokenOptions(),
            out.formatOptions(),
            failOnWarnings,
            baseline);

    GenerationResult result = generate(request, definitions, "outputDirectory");
    printWarnings(result.warnings());
    for (String leftBehind : result.write().warnings()) {
      getLog().warn("Badges: " + leftBehind);
    }
    if (attach) {
      attach(output);
    }
    getLog()
        .info(
            Summary.generate(
                result.domains(),
                result.pairings(),
                result.write(),
                result.elapsedMillis(),
                result.siteIndex(),
                output));
  }

  /**
   * Runs format {@code java} alone into its source root and adds that to the compile source roots.
   * It runs first, so a definition error is reported once, before the other formats' run.
   */
  private void generateJava(
      Definitions definitions,
      LoadOptions loadOptions,
      boolean failOnWarnings,
      Output out,
      JavaSources java)
      throws MojoExecutionException, MojoFailureException {
    GenerationRequest request =
        new GenerationRequest(
            definitions,
            java.directory(),
            List.of(JavaFormat.ID),
            loadOptions,
            out.tokenOptions(),
            java.formatOptions(),
            failOnWarnings);
    GenerationResult result = generate(request, definitions, "javaSourceDirectory");
    for (String leftBehind : result.write().warnings()) {
      getLog().warn("Badges: " + leftBehind);
    }
    String root = java.directory().toString();
    if (!project.getCompileSourceRoots().contains(root)) {
      project.addCompileSourceRoot(root);
    }
    getLog()
        .info(
            "Badges: Java sources "
                + (result.write().upToDate() ? "up to date" : result.write().written() + " written")
                + " in "
                + root
                + " (a compile source root)");
  }

  /**
   * One generator run, its failures mapped to the user's mistakes where they are.
   *
   * @param parameter the parameter naming the run's directory, for messages
   */
  private GenerationResult generate(
      GenerationRequest request, Definitions definitions, String parameter)
      throws MojoExecutionException, MojoFailureException {
    Path output = request.outputDirectory();
    String property =
        parameter.equals("outputDirectory")
            ? PropertyNames.OUTPUT_DIRECTORY
            : PropertyNames.JAVA_SOURCE_DIRECTORY;
    try {
      return generator.generate(request);
    } catch (DefinitionException e) {
      throw definitionFailure(e);
    } catch (FormatConfigurationException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (ForeignDirectoryException e) {
      throw new MojoFailureException(
          e.getMessage()
              + " (parameter '"
              + parameter
              + "', property "
              + property
              + "). Fix: point <"
              + parameter
              + "> at a directory of its own, such as "
              + (parameter.equals("outputDirectory")
                  ? "${project.build.directory}/badges."
                  : "${project.build.directory}/generated-sources/badges."),
          e);
    } catch (UnsafeOutputException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      MojoFailureException userError = definitionsAccessFailure(e, definitions);
      if (userError != null) {
        throw userError;
      }
      MojoFailureException fileSystem = fileSystemFailure(e, output, parameter, property);
      if (fileSystem != null) {
        throw fileSystem;
      }
      throw new MojoExecutionException("Could not generate badges into " + output + ": " + e, e);
    }
  }

  /**
   * A file system that refuses the write (full, read-only, an immutable file, a mount point, a
   * permission, a virtual file system such as /proc, a file where a directory should be) is the
   * build machine's problem, not a bug: the failure names the file (or the output directory when
   * the system names none), the reason, the parameter and a fix for that reason. The definitions
   * were read before, so any file-system failure left is about the output directory that {@code
   * parameter} names. Null for other failures.
   */
  static MojoFailureException fileSystemFailure(
      IOException e, Path output, String parameter, String property) {
    FileSystemException fse = e instanceof FileSystemException f ? f : null;
    String reason =
        fse != null && fse.getReason() != null ? fse.getReason() : String.valueOf(e.getMessage());
    String where = fse != null && fse.getFile() != null ? fse.getFile() : output.toString();
    String fix;
    if (reason.contains("No space left on device") || reason.contains("Disk quota exceeded")) {
      fix = "free space on that file system, or point <outputDirectory> at another one";
    } else if (reason.contains("Operation not permitted")) {
      fix =
          "the file or directory is protected (e.g. immutable: lsattr shows 'i'; chattr -i lifts"
              + " it), or point <outputDirectory> elsewhere";
    } else if (reason.contains("Device or resource busy")) {
      fix =
          "the output directory is in use or a mount point, which cannot be replaced; point"
              + " <outputDirectory> at a directory inside it";
    } else if (reason.contains("Read-only file system")) {
      fix = "point <outputDirectory> at a writable file system";
    } else if (e instanceof AccessDeniedException) {
      reason = "permission denied";
      fix =
          "make it (and the directories above it) readable and writable by the user running"
              + " Maven, or point <outputDirectory> elsewhere";
    } else if (e instanceof NoSuchFileException) {
      reason =
          "cannot be created there although its directory exists (virtual file systems such as"
              + " /proc and /sys accept no new files)";
      fix = "point <outputDirectory> at a directory on a regular, writable file system";
    } else if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
      reason = "is a file where a directory is needed";
      fix = "point <outputDirectory> at a path whose parents are all directories";
    } else if (fse != null) {
      fix = "point <outputDirectory> at a directory on a regular, writable file system";
    } else {
      return null;
    }
    return new MojoFailureException(
        "Cannot write badge output: "
            + where
            + ": "
            + reason
            + " (parameter '"
            + parameter
            + "', property "
            + property
            + "). Fix: "
            + fix.replace("<outputDirectory>", "<" + parameter + ">")
            + ".",
        e);
  }

  /**
   * Adds the output as WebJar resources, once: the files under {@code <artifactId>/<version>/}
   * (without the site unless {@code attachSite}, never the output marker), and a locator
   * registration naming that version.
   */
  private void attach(Path output) throws MojoExecutionException {
    String name = project.getArtifactId();
    String version = project.getVersion();
    String targetPath = WEBJARS + "/" + name + "/" + version;
    Path registration = buildDirectory.toPath().resolve("badges-webjar");
    try {
      writeIfChanged(
          registration.resolve(LOCATOR_PROPERTIES),
          "# Written by badges:generate (attach): the version of this project's badge WebJar\n"
              + name
              + ".version="
              + version
              + "\n");
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not write the WebJar registration under " + registration + ": " + e, e);
    }
    Resource files = new Resource();
    files.setDirectory(output.toString());
    files.setTargetPath(targetPath);
    files.addExclude(OutputWriter.MARKER);
    if (!attachSite) {
      files.addExclude(SiteFormat.ID + "/**");
    }
    Resource locator = new Resource();
    locator.setDirectory(registration.toString());
    locator.addInclude(LOCATOR_PROPERTIES);
    for (Resource r : List.of(files, locator)) {
      if (project.getResources().stream().noneMatch(existing -> sameResource(existing, r))) {
        project.addResource(r);
      }
    }
    getLog().debug("Badges: attached " + output + " as the WebJar " + targetPath);
  }

  private static boolean sameResource(Resource a, Resource b) {
    return Objects.equals(a.getDirectory(), b.getDirectory())
        && Objects.equals(a.getTargetPath(), b.getTargetPath());
  }

  /** Leaves an identical file untouched, so an unchanged build copies nothing again. */
  private static void writeIfChanged(Path file, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return;
    }
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
  }
}
