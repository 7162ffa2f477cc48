package dev.unifiedbadges.maven;

import dev.unifiedbadges.diff.baseline.BaselineReader;
import dev.unifiedbadges.diff.snapshot.SnapshotException;
import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.load.LoadOptions;
import dev.unifiedbadges.tokens.format.Baseline;
import dev.unifiedbadges.tokens.format.TokenOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * The {@code baseline} parameter made into a snapshot: a path (snapshot, jar or definitions) if
 * something is there, else Maven coordinates resolved through the build's repositories.
 *
 * @param basedir relative paths are resolved against it
 */
record BaselineParameter(
    RepositorySystem repositorySystem,
    RepositorySystemSession session,
    List<RemoteRepository> repositories,
    Path basedir) {

  /** {@code groupId:artifactId[:extension[:classifier]]:version}, Maven's resolver syntax. */
  private static final Pattern COORDINATES =
      Pattern.compile("[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+(:[A-Za-z0-9_.-]+){1,3}");

  private static final String WHERE =
      " (parameter 'baseline', property " + PropertyNames.BASELINE + ")";

  /**
   * The baseline, or null when {@code value} is blank.
   *
   * @throws MojoFailureException if it names nothing that exists, coordinates that cannot be
   *     resolved, or a file that is not a snapshot, a jar carrying one, or valid definitions
   */
  Baseline resolve(String value, LoadOptions loadOptions, TokenOptions tokenOptions, Log log)
      throws MojoFailureException, MojoExecutionException {
    if (value == null || value.isBlank()) {
      return null;
    }
    String given = value.strip();
    Path path = asPath(given);
    try {
      if (path != null && Files.exists(path)) {
        return BaselineReader.read(path, loadOptions, tokenOptions);
      }
      if (COORDINATES.matcher(given).matches()) {
        return BaselineReader.fromArchive(artifact(given), given);
      }
    } catch (SnapshotException e) {
      throw new MojoFailureException("Baseline " + e.getMessage() + WHERE, e);
    } catch (DefinitionException e) {
      for (Diagnostic d : e.diagnostics()) {
        if (d.isError()) {
          log.error(d.format());
        }
      }
      throw new MojoFailureException(
          "The baseline definitions at "
              + path
              + WHERE
              + " cannot be read: "
              + e.summary()
              + "; see the messages above. Fix: compare with the snapshot the release wrote"
              + " (snapshot/badges.snapshot.json) or with its artifact's coordinates.",
          e);
    } catch (IOException e) {
      throw new MojoExecutionException(
          "Could not read the baseline " + given + WHERE + ": " + e, e);
    }
    throw new MojoFailureException(
        "Baseline not found: "
            + (path == null ? given : path.toString())
            + WHERE
            + ". Fix: point it at a catalog snapshot (snapshot/badges.snapshot.json of a"
            + " badges:generate output), at badge definitions (a file or directory), at a jar that"
            + " carries a snapshot, or at Maven coordinates groupId:artifactId:version of a"
            + " released artifact built with attach.");
  }

  private Path asPath(String value) {
    try {
      return basedir.resolve(value).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      return null;
    }
  }

  /** The artifact's file, from the local repository or (online) the build's repositories. */
  private Path artifact(String coordinates) throws MojoFailureException {
    ArtifactRequest request =
        new ArtifactRequest(new DefaultArtifact(coordinates), repositories, null);
    try {
      return repositorySystem.resolveArtifact(session, request).getArtifact().getFile().toPath();
    } catch (ArtifactResolutionException e) {
      String reason = e.getMessage() == null ? e.toString() : e.getMessage();
      int nl = reason.indexOf('\n');
      throw new MojoFailureException(
          "Baseline "
              + coordinates
              + WHERE
              + " cannot be resolved"
              + (session.isOffline() ? " offline" : "")
              + ": "
              + (nl < 0 ? reason : reason.substring(0, nl))
              + ". Fix: check the coordinates (groupId:artifactId:version); put the release in the"
              + " local repository (mvn install in its project, or run once online); or point the"
              + " baseline at its snapshot file.",
          e);
    }
  }
}
