package dev.unifiedbadges.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Classpath resources, read with this library's own class loader. */
final class Resources {

  static final ClassLoader LOADER = Resources.class.getClassLoader();

  private Resources() {}

  static byte[] bytes(String name) {
    try (InputStream in = LOADER.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
