package dev.unifiedbadges.maven;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.site.generate.Format;
import dev.unifiedbadges.site.generate.GenerationRequest;
import dev.unifiedbadges.site.generate.GenerationResult;
import dev.unifiedbadges.site.generate.Generator;
import dev.unifiedbadges.tokens.TokenOptions;
import dev.unifiedbadges.tokens.output.ForeignDirectoryException;
import dev.unifiedbadges.tokens.output.OutputWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
public class GenerateMojo extends AbstractBadgesMojo<GenerateMojo.Output> {

  /** Where {@code attach} puts the generated files inside the project's jar. */
  static final String ATTACH_TARGET_PATH = "META-INF/resources/badges";

  /**
   * The directory the generated files replace; it must be empty, missing, or written by this
   * plugin before.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/badges")
  private File outputDirectory;

  /**
   * What to generate: any of {@code css}, {@code tokens}, {@code js}, {@code site}, comma-separated.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.FORMATS, defaultValue = "css,tokens,js,site")
  private List<String> formats;

  /**
   * The prefix of CSS classes and custom properties: a lower-case kebab identifier.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.CSS_PREFIX, defaultValue = "badge")
  private String cssPrefix;

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
   * Add the output directory to the project's resources, under {@code META-INF/resources/badges},
   * so the jar carries the generated files.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.ATTACH, defaultValue = "false")
  private boolean attach;

  /** The project the resources are attached to. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The validated output parameters. */
  record Output(Path directory, Set<Format> formats, TokenOptions tokenOptions) {}

  @Override
  protected Output goalParameters() throws MojoFailureException {
    Set<Format> wanted = Parameters.formats(formats);
    TokenOptions tokenOptions =
        new TokenOptions(Parameters.cssPrefix(cssPrefix), Parameters.colorFormat(tokenColorFormat), true);
    if (outputDirectory == null) {
      throw new MojoFailureException(
          "Parameter 'outputDirectory' (property " + PropertyNames.OUTPUT_DIRECTORY + ") is not set.");
    }
    return new Output(outputDirectory.toPath().toAbsolutePath().normalize(), wanted, tokenOptions);
  }

  @Override
  protected void run(Path source, LoadOptions loadOptions, boolean failOnWarnings, Output out)
      throws MojoExecutionException, MojoFailureException {
    Path output = out.directory();
    GenerationRequest request =
        new GenerationRequest(
            source, output, out.formats(), loadOptions, out.tokenOptions(), siteTitle, failOnWarnings);

    GenerationResult result;
    try {
      result = new Generator().generate(request);
    } catch (DefinitionException e) {
      throw definitionFailure(e);
    } catch (ForeignDirectoryException e) {
      throw new MojoFailureException(
          e.getMessage() + " (parameter 'outputDirectory', property " + PropertyNames.OUTPUT_DIRECTORY
              + "). Fix: point <outputDirectory> at a directory of its own, such as"
              + " ${project.build.directory}/badges.",
          e);
    } catch (IOException e) {
      MojoFailureException userError = definitionsAccessFailure(e, source);
      if (userError != null) {
        throw userError;
      }
      if (e instanceof AccessDeniedException denied) {
        throw new MojoFailureException(
            "Cannot write badge output: " + denied.getFile() + " (permission denied; parameter"
                + " 'outputDirectory', property " + PropertyNames.OUTPUT_DIRECTORY + "). Fix: make "
                + output + " writable, or point <outputDirectory> elsewhere.",
            e);
      }
      throw new MojoExecutionException("Could not generate badges into " + output + ": " + e, e);
    }

    printWarnings(result.warnings());
    if (attach) {
      attach(output);
    }
    getLog().info(
        Summary.generate(
            result.domains(), result.pairings(), result.write(), result.elapsedMillis(), result.siteIndex(), output));
  }

  /** Adds the output directory as a resource, once, so process-resources copies it into the jar. */
  private void attach(Path output) {
    String directory = output.toString();
    for (Resource existing : project.getResources()) {
      if (directory.equals(existing.getDirectory()) && ATTACH_TARGET_PATH.equals(existing.getTargetPath())) {
        return;
      }
    }
    Resource resource = new Resource();
    resource.setDirectory(directory);
    resource.setTargetPath(ATTACH_TARGET_PATH);
    resource.addExclude(OutputWriter.MARKER);
    project.addResource(resource);
    getLog().debug("Badges: attached " + directory + " as resources under " + ATTACH_TARGET_PATH);
  }
}
