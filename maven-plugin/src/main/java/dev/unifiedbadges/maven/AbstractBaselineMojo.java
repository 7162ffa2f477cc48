package dev.unifiedbadges.maven;

import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.tokens.format.Baseline;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.repository.RemoteRepository;

/** The goals that compare with a released catalog: {@code diff}, and {@code generate}'s site. */
abstract class AbstractBaselineMojo<P> extends AbstractBadgesMojo<P> {

  /**
   * The released catalog to compare with: a catalog snapshot ({@code snapshot/badges.snapshot.json}
   * of a {@code generate} output), badge definitions (a file or directory), a jar that carries a
   * snapshot, or Maven coordinates {@code groupId:artifactId:version} of a release built with
   * {@code attach}, resolved like a dependency.
   *
   * @since 0.2.0
   */
  @Parameter(property = PropertyNames.BASELINE)
  private String baseline;

  @Component private RepositorySystem repositorySystem;

  @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
  private RepositorySystemSession repositorySession;

  @Parameter(
      defaultValue = "${project.remoteProjectRepositories}",
      readonly = true,
      required = true)
  private List<RemoteRepository> remoteRepositories;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  /** The {@code baseline} parameter as given; null or blank when not set. */
  protected String baselineParameter() {
    return baseline;
  }

  /**
   * The baseline read into a snapshot, or null if none is configured.
   *
   * @throws MojoFailureException naming the parameter and a fix, if it cannot be used
   */
  protected Baseline resolveBaseline(LoadOptions loadOptions, TokenOptions tokenOptions)
      throws MojoFailureException, MojoExecutionException {
    if (baseline == null || baseline.isBlank()) {
      return null;
    }
    return new BaselineParameter(
            repositorySystem,
            repositorySession,
            remoteRepositories == null ? List.of() : remoteRepositories,
            basedir.toPath().toAbsolutePath())
        .resolve(baseline, loadOptions, tokenOptions, getLog());
  }
}
