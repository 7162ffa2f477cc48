package dev.unifiedbadges.maven;

import dev.unifiedbadges.diff.CatalogChanges;
import dev.unifiedbadges.diff.Change;
import dev.unifiedbadges.diff.ChangeClass;
import dev.unifiedbadges.diff.snapshot.SnapshotException;
import dev.unifiedbadges.generator.ChangeReports;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.tokens.format.Baseline;
import dev.unifiedbadges.tokens.format.ColorFormat;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares the badge definitions with a released catalog (the {@code baseline}) and classifies
 * every change as breaking, visual, additive or documentation, with the semver bump they need.
 * Writes a Markdown report (for a pull-request comment) and a JSON report, and prints a one-line
 * summary. With {@code failOnBreaking}, a breaking change fails the build, listing each with how to
 * keep compatibility.
 *
 * @since 0.2.0
 */
@Mojo(name = "diff", threadSafe = true)
public class DiffMojo extends AbstractBaselineMojo<DiffMojo.Request> {

  /**
   * Fail the build when a change breaks users (a removed domain, value, alias or tone, a renamed
   * value without an alias, a changed CSS class). The reports are written first.
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.FAIL_ON_BREAKING, defaultValue = "false")
  private boolean failOnBreaking;

  /**
   * Where the reports go: {@code changes.md}, {@code changes.json} and its schema.
   *
   * @since 0.2.0
   */
  @Parameter(
      property = PropertyNames.REPORT_DIRECTORY,
      defaultValue = "${project.build.directory}/badges-diff")
  private File reportDirectory;

  /**
   * The CSS class prefix the current catalog is generated with (as {@code generate}'s), so a
   * changed prefix shows as changed classes.
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.CSS_PREFIX, defaultValue = "badge")
  private String cssPrefix;

  /** The validated parameters. */
  record Request(Path reportDirectory, TokenOptions tokenOptions) {}

  @Override
  protected Request goalParameters() throws MojoFailureException {
    if (baselineParameter() == null || baselineParameter().isBlank()) {
      throw new MojoFailureException(
          "Parameter 'baseline' (property "
              + PropertyNames.BASELINE
              + ") is not set, so there is nothing to compare with. Fix: -D"
              + PropertyNames.BASELINE
              + "=<the last release's snapshot/badges.snapshot.json, its definitions, or"
              + " groupId:artifactId:version>.");
    }
    if (reportDirectory == null) {
      throw new MojoFailureException(
          "Parameter 'reportDirectory' (property "
              + PropertyNames.REPORT_DIRECTORY
              + ") is not set.");
    }
    Path directory = reportDirectory.toPath().toAbsolutePath().normalize();
    TokenOptions tokenOptions =
        new TokenOptions(Parameters.cssPrefix(cssPrefix), ColorFormat.OBJECT, true);
    return new Request(directory, tokenOptions);
  }

  @Override
  protected void run(
      Definitions definitions, LoadOptions loadOptions, boolean failOnWarnings, Request request)
      throws MojoExecutionException, MojoFailureException {
    Baseline baseline = resolveBaseline(loadOptions, request.tokenOptions());
    CatalogChanges changes;
    try {
      changes =
          ChangeReports.compare(
              definitions, loadOptions, request.tokenOptions(), baseline, failOnWarnings);
    } catch (DefinitionException e) {
      throw definitionFailure(e);
    } catch (SnapshotException e) {
      throw new MojoFailureException("Baseline " + e.getMessage() + " (parameter 'baseline')", e);
    } catch (IOException e) {
      MojoFailureException userError = definitionsAccessFailure(e, definitions);
      if (userError != null) {
        throw userError;
      }
      throw new MojoExecutionException(
          "Could not read badge definitions from " + describe(definitions) + ": " + e, e);
    }
    List<Path> reports;
    try {
      reports = ChangeReports.write(changes, request.reportDirectory());
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not write the reports into "
              + request.reportDirectory()
              + " (parameter 'reportDirectory', property "
              + PropertyNames.REPORT_DIRECTORY
              + "): "
              + e,
          e);
    }
    getLog().info("Badges: " + changes.summary() + "; reports in " + reports.get(0).getParent());
    if (failOnBreaking && changes.hasBreaking()) {
      throw breaking(changes, reports.get(0));
    }
  }

  private static MojoFailureException breaking(CatalogChanges changes, Path markdown) {
    List<Change> breaking = changes.of(ChangeClass.BREAKING);
    StringBuilder sb =
        new StringBuilder()
            .append(Summary.count(breaking.size(), "breaking change"))
            .append(" against ")
            .append(changes.baseline())
            .append(" (")
            .append(PropertyNames.FAIL_ON_BREAKING)
            .append(" is true):");
    for (Change c : breaking) {
      sb.append("\n  - ").append(c.subject()).append(": ").append(c.message());
      if (c.fix() != null) {
        sb.append("\n    Fix: ").append(c.fix());
      }
    }
    sb.append(
            "\nTo keep compatibility, keep old names resolving (add them as aliases) and deprecate"
                + " before removing (deprecated: {replacedBy, removeIn}); or release a major"
                + " version. Full report: ")
        .append(markdown);
    return new MojoFailureException(sb.toString());
  }
}
