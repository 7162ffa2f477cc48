package dev.unifiedbadges.model.load;

import dev.unifiedbadges.model.diagnostic.DefinitionException;
import dev.unifiedbadges.model.diagnostic.Diagnostic;
import dev.unifiedbadges.model.diagnostic.Location;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the definition files a path stands for and reads their bytes: all the file I/O of loading.
 */
final class DefinitionFiles {

  private static final Pattern DEFINITION_FILE =
      Pattern.compile("(.*\\.)?badges\\.(yaml|yml|json)");

  private DefinitionFiles() {}

  /** The definition files a source path stands for, in a stable order. */
  static List<Path> list(Path source) throws IOException {
    return scan(source, new ArrayList<>());
  }

  /**
   * The definition files under {@code source}, following links to files and directories (a link
   * loop is reported, not followed round), in a stable order; adds a diagnostic for each link that
   * leads nowhere and each loop, so nothing is skipped silently.
   */
  private static List<Path> scan(Path source, List<Diagnostic> problems) throws IOException {
    if (!Files.isDirectory(source)) {
      return List.of(source);
    }
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(
        source,
        EnumSet.of(FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (isDefinitionFile(file)) {
              if (attributes.isSymbolicLink()) {
                // Followed, a link keeps its own attributes only when its target is missing.
                problems.add(danglingLink(file));
              } else {
                found.add(file);
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof FileSystemLoopException) {
              problems.add(
                  Diagnostic.error(
                      Location.file(file.toString()),
                      "",
                      "a symbolic link that leads back to a directory above it, so its definitions"
                          + " would be read forever; it is not followed",
                      "remove the link, or point it at a directory outside " + source));
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
    found.sort(
        (a, b) -> source.relativize(a).toString().compareTo(source.relativize(b).toString()));
    return found;
  }

  private static boolean isDefinitionFile(Path file) {
    Path name = file.getFileName();
    return name != null
        && DEFINITION_FILE.matcher(name.toString().toLowerCase(Locale.ROOT)).matches();
  }

  private static Diagnostic danglingLink(Path link) {
    String target;
    try {
      target = String.valueOf(Files.readSymbolicLink(link));
    } catch (IOException | UnsupportedOperationException e) {
      target = "?";
    }
    return Diagnostic.error(
        Location.file(link.toString()),
        "",
        "a symbolic link to " + target + ", which does not exist (or is a loop of links)",
        "point the link at an existing definition file, or remove it");
  }

  /**
   * Reads every definition file under {@code source}, except those over {@code maxFileBytes}.
   *
   * @throws NoSuchFileException if the path does not exist
   * @throws DefinitionException if it is a directory without definition files
   */
  static RawDefinitions read(Path source, long maxFileBytes)
      throws IOException, DefinitionException {
    if (!Files.exists(source)) {
      if (Files.isSymbolicLink(source)) {
        throw new DefinitionException(List.of(danglingLink(source)));
      }
      throw new NoSuchFileException(source.toString());
    }
    List<Diagnostic> problems = new ArrayList<>();
    List<Path> files = scan(source, problems);
    if (files.isEmpty() && !problems.isEmpty()) {
      throw new DefinitionException(problems);
    }
    if (files.isEmpty()) {
      throw new DefinitionException(
          List.of(
              Diagnostic.error(
                  Location.file(source.toString()),
                  "",
                  "the directory contains no definition files",
                  "add a file named 'badges.yaml' or like 'status.badges.yaml' (or .yml, .json)")));
    }
    List<DefinitionSource> sources = new ArrayList<>();
    List<Diagnostic> unreadable = new ArrayList<>(problems);
    for (Path file : files) {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        // A device such as /dev/zero never ends and a FIFO may never answer: neither is read.
        unreadable.add(notRegular(file));
      } else if (attributes.size() > maxFileBytes) {
        // Never read a file that is over the limit; report its real size.
        unreadable.add(ParserMessages.tooLarge(file.toString(), attributes.size(), maxFileBytes));
      } else {
        byte[] content = readAtMost(file, maxFileBytes);
        if (content.length > maxFileBytes) {
          // The reported size was wrong (a /proc file says 0): the cap holds whatever it says.
          unreadable.add(ParserMessages.tooLargeWhenRead(file.toString(), maxFileBytes));
        } else {
          sources.add(new DefinitionSource(file.toString(), content));
        }
      }
    }
    return new RawDefinitions(Definitions.at(source), sources, unreadable);
  }

  /** Up to {@code max + 1} bytes of the file: one more than allowed shows that it is too large. */
  private static byte[] readAtMost(Path file, long max) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    }
  }

  private static Diagnostic notRegular(Path file) {
    return Diagnostic.error(
        Location.file(file.toString()),
        "",
        "not a regular file (a device, a named pipe or a socket), so it is not read",
        "point the definitions at a YAML or JSON file, or at a directory of them");
  }

  /** The built-in definitions' bytes, named {@link DefinitionLoader#BUILTIN_NAME}. */
  static DefinitionSource builtin() throws IOException {
    try (InputStream in =
        DefinitionFiles.class
            .getClassLoader()
            .getResourceAsStream(DefinitionLoader.BUILTIN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + DefinitionLoader.BUILTIN_RESOURCE);
      }
      return new DefinitionSource(DefinitionLoader.BUILTIN_NAME, in.readAllBytes());
    }
  }
}
