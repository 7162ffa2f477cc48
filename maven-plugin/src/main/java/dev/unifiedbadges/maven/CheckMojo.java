package dev.unifiedbadges.maven;

import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.model.load.LoadedCatalog;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Validates and lints the badge definitions without writing any file. Fails on any error (each
 * reported with its file, line and column), and on warnings when {@code failOnWarnings} is set.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractBadgesMojo<Void> {

  @Override
  protected Void goalParameters() {
    return null;
  }

  @Override
  protected void run(
      Definitions definitions, LoadOptions loadOptions, boolean failOnWarnings, Void none)
      throws MojoExecutionException, MojoFailureException {
    LoadedCatalog loaded;
    try {
      loaded = new Generator().check(definitions, loadOptions, failOnWarnings);
    } catch (DefinitionException e) {
      throw definitionFailure(e);
    } catch (IOException e) {
      MojoFailureException userError = definitionsAccessFailure(e, definitions);
      if (userError != null) {
        throw userError;
      }
      throw new MojoExecutionException(
          "Could not read badge definitions from " + describe(definitions) + ": " + e, e);
    }
    printWarnings(loaded.warnings());
    getLog()
        .info(
            Summary.check(
                loaded.catalog().domains().size(),
                loaded.catalog().pairingCount(),
                loaded.warnings().size()));
  }
}
