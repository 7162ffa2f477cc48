package dev.unifiedbadges.model.load;

import java.nio.file.Path;
import java.util.Objects;

/** Which definitions to load: the built-in ones, or those in a file or directory. */
public sealed interface Definitions permits Definitions.BuiltIn, Definitions.AtPath {

  /** The definitions that ship with the library, {@link DefinitionLoader#BUILTIN_RESOURCE}. */
  record BuiltIn() implements Definitions {}

  /** A definition file, or a directory searched for {@code *.badges.yaml|yml|json} files. */
  record AtPath(Path path) implements Definitions {

    public AtPath {
      Objects.requireNonNull(path, "path");
    }
  }

  /** The built-in definitions. */
  static Definitions builtIn() {
    return new BuiltIn();
  }

  /** The definitions in a file, or in every definition file under a directory. */
  static Definitions at(Path path) {
    return new AtPath(path);
  }
}
