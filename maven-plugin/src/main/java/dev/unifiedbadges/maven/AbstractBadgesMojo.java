package dev.unifiedbadges.maven;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.model.load.LoadOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What both goals share: the parameters that say which definitions to read and how strictly, the
 * skip check, and how problems in the definitions are reported.
 *
 * <p>Order of work: skip check, then every parameter is validated (so a typo fails before anything
 * is read), then the definitions path is checked, then the goal runs.
 *
 * @param <P> the goal's own parameters, validated
 */
abstract class AbstractBadgesMojo<P> extends AbstractMojo {

  /**
   * A badge definition file, or a directory whose {@code badges.yaml} and {@code *.badges.yaml}
   * (also {@code .yml}, {@code .json}) files are merged. Ignored when {@code catalog} is {@code
   * builtin}.
   *
   * @since 0.1.0
   */
  @Parameter(
      property = PropertyNames.DEFINITIONS,
      defaultValue = "${project.basedir}/src/main/badges")
  private File definitions;

  /**
   * Set to {@code builtin} to use the built-in definitions (11 domains, 47 pairings) instead of
   * {@code definitions}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.CATALOG)
  private String catalog;

  /**
   * The WCAG text contrast every badge must reach in both themes: {@code AA} (4.5:1), {@code AAA}
   * (7:1) or {@code off}.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.CONTRAST_LEVEL, defaultValue = "AA")
  private String contrastLevel;

  /**
   * Fail the build on lint warnings (a value word that renders differently in two domains), not
   * only on errors.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.FAIL_ON_WARNINGS, defaultValue = "false")
  private boolean failOnWarnings;

  /**
   * Skip this goal.
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.SKIP, defaultValue = "false")
  private boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Badges: skipped (" + PropertyNames.SKIP + "=true)");
      return;
    }
    boolean builtin = Parameters.isBuiltinCatalog(catalog);
    LoadOptions loadOptions =
        new LoadOptions(
            Parameters.contrastLevel(contrastLevel), LoadOptions.DEFAULT_MAX_FILE_BYTES);
    P goalParameters = goalParameters();
    Definitions definitions =
        builtin ? Definitions.builtIn() : Definitions.at(existingDefinitions());
    run(definitions, loadOptions, failOnWarnings, goalParameters);
  }

  /**
   * Validates the goal's own parameters; fails naming the parameter, the value and what is allowed.
   */
  protected abstract P goalParameters() throws MojoFailureException;

  /**
   * Does the goal's work once every parameter is valid.
   *
   * @param definitions the definitions to read
   */
  protected abstract void run(
      Definitions definitions, LoadOptions loadOptions, boolean failOnWarnings, P goalParameters)
      throws MojoExecutionException, MojoFailureException;

  /** The absolute definitions path; fails if it does not exist. */
  private Path existingDefinitions() throws MojoFailureException {
    if (definitions == null) {
      throw missingDefinitions("(not set)");
    }
    Path path = definitions.toPath().toAbsolutePath().normalize();
    // A link that leads nowhere is not "not found": the loader says where it points.
    if (!Files.exists(path) && !Files.isSymbolicLink(path)) {
      throw missingDefinitions(path.toString());
    }
    return path;
  }

  /** The failure for a definitions path that does not exist, with the ways to fix it. */
  protected static MojoFailureException missingDefinitions(String path) {
    return new MojoFailureException(
        "Badge definitions not found: "
            + path
            + " (parameter 'definitions', property "
            + PropertyNames.DEFINITIONS
            + "). Fix: create src/main/badges/badges.yaml, point"
            + " <definitions> at an existing definition file or directory, or set"
            + " <catalog>builtin</catalog> (-D"
            + PropertyNames.CATALOG
            + "=builtin) to use the"
            + " built-in definitions.");
  }

  /**
   * Maps a file-system problem with the definitions (a file under their path that is missing or
   * unreadable) to a failure that names the file and how to fix it; null for any other problem.
   */
  protected static MojoFailureException definitionsAccessFailure(
      IOException e, Definitions definitions) {
    if (!(definitions instanceof Definitions.AtPath at)
        || !(e instanceof FileSystemException fse)
        || fse.getFile() == null) {
      return null;
    }
    Path source = at.path();
    Path file;
    try {
      file = Path.of(fse.getFile()).toAbsolutePath().normalize();
    } catch (InvalidPathException notAPath) {
      return null;
    }
    if (!file.startsWith(source)) {
      return null;
    }
    if (e instanceof NoSuchFileException) {
      return missingDefinitions(file.toString());
    }
    if (e instanceof AccessDeniedException) {
      return new MojoFailureException(
          "Cannot read badge definitions: "
              + file
              + " (permission denied). Fix: make it readable by"
              + " the user running Maven.");
    }
    return null;
  }

  /** The definitions as a user names them: their path, or "the built-in definitions". */
  protected static String describe(Definitions definitions) {
    return definitions instanceof Definitions.AtPath at
        ? at.path().toString()
        : "the built-in definitions";
  }

  /** Prints each lint warning once, with its file, line and column. */
  protected void printWarnings(List<Diagnostic> warnings) {
    for (Diagnostic warning : warnings) {
      getLog().warn(warning.format());
    }
  }

  /**
   * Prints every problem in the definitions once, each with its file, line and column, and returns
   * the one-line failure that ends the build.
   */
  protected MojoFailureException definitionFailure(DefinitionException e) {
    for (Diagnostic d : e.diagnostics()) {
      if (d.isError()) {
        getLog().error(d.format());
      } else {
        getLog().warn(d.format());
      }
    }
    String hint =
        failOnWarnings ? " (failOnWarnings is true, so lint warnings count as errors)" : "";
    return new MojoFailureException(e.summary() + "; see the messages above" + hint, e);
  }
}
