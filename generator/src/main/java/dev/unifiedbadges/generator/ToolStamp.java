package dev.unifiedbadges.generator;

import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.site.SiteRenderer;
import dev.unifiedbadges.tokens.TokenExporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Identifies the code that generates: a rebuilt jar, even with an unchanged version, gives another
 * stamp, so an output recorded by one build is never taken as up to date by another.
 *
 * <p>This tool's own modules (model, tokens, site, generator; SNAPSHOT builds change without a new
 * version) and every format's jar are identified by content: a jar by its entries' names, sizes and
 * CRC-32s, a class directory by its files' bytes (the built-in definitions are such an entry). The
 * libraries whose code or files shape the output (the template runtime, the YAML and JSON parsers,
 * the Lucide icons and the Roboto font) are released under fixed versions, so their jar's path,
 * size and modification time identify them. Computed once per class loader, in a few milliseconds.
 */
final class ToolStamp {

  private ToolStamp() {}

  private static final class Holder {
    static final String VALUE = compute();
  }

  static String value() {
    return Holder.VALUE;
  }

  private static final Map<Path, String> CODE_STAMPS = new ConcurrentHashMap<>();

  /**
   * Identifies a format's code by the content of its jar or class directory, so a format upgraded
   * under the same version regenerates. Computed once per jar, which several formats may share.
   */
  static String of(Class<?> format) {
    ClassLoader loader = format.getClassLoader();
    Location at =
        loader == null ? null : locate(loader, format.getName().replace('.', '/') + ".class");
    return at == null ? "unknown location of " + format.getName() : codeStamp(at);
  }

  /** One jar's or class directory's stamp, shared by this tool's own code and the formats'. */
  private static String codeStamp(Location at) {
    return CODE_STAMPS.computeIfAbsent(at.path, p -> computeFor(at));
  }

  private static String computeFor(Location at) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      hashContent(md, at);
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String compute() {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      ClassLoader loader = Generator.class.getClassLoader();
      Set<String> seen = new LinkedHashSet<>();
      for (Class<?> own :
          List.of(BadgeCatalog.class, TokenExporter.class, SiteRenderer.class, Generator.class)) {
        Location at = locate(loader, own.getName().replace('.', '/') + ".class");
        // The built-in definitions are an entry of the model's jar, so its stamp covers them.
        if (at != null && seen.add(at.path.toString())) {
          update(md, "own " + at.path.getFileName() + " " + codeStamp(at));
        } else if (at == null) {
          update(md, "own unknown " + own.getName());
        }
      }
      for (String resource :
          List.of(
              "gg/jte/TemplateEngine.class",
              "com/fasterxml/jackson/core/JsonFactory.class",
              "com/fasterxml/jackson/databind/ObjectMapper.class",
              "com/fasterxml/jackson/dataformat/yaml/YAMLFactory.class",
              "org/yaml/snakeyaml/Yaml.class",
              "META-INF/maven/org.webjars.npm/lucide-static/pom.properties",
              "META-INF/maven/org.webjars.npm/roboto-fontface/pom.properties")) {
        Location at = locate(loader, resource);
        if (at == null) {
          update(md, "missing " + resource);
        } else if (seen.add(at.path.toString())) {
          update(md, "library " + at.path);
          hashAttributes(md, at);
        }
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A jar file, or the class directory a resource was found in. */
  private record Location(Path path, boolean jar) {}

  private static Location locate(ClassLoader loader, String resource) {
    URL url = loader.getResource(resource);
    if (url == null) {
      return null;
    }
    try {
      switch (url.getProtocol()) {
        case "jar" -> {
          String spec = url.getPath(); // file:/…/x.jar!/resource
          int bang = spec.indexOf("!/");
          if (bang < 0 || !spec.startsWith("file:")) {
            return null;
          }
          return new Location(Path.of(new URI(spec.substring(0, bang))), true);
        }
        case "file" -> {
          Path file = Path.of(url.toURI());
          Path root = file;
          for (int i = resource.split("/").length; i > 0 && root != null; i--) {
            root = root.getParent();
          }
          return root == null ? null : new Location(root, false);
        }
        default -> {
          return null;
        }
      }
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * A jar by its central directory: every entry's name, size and CRC-32, which the jar already
   * holds, so its content is identified without reading or hashing it (a few milliseconds cold,
   * against tens for a SHA-256 of the bytes). A class directory by its files' bytes.
   */
  private static void hashContent(MessageDigest md, Location at) throws IOException {
    if (at.jar) {
      try (ZipFile zip = new ZipFile(at.path.toFile())) {
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
          ZipEntry e = entries.nextElement();
          update(md, e.getName() + " " + e.getSize() + " " + Long.toHexString(e.getCrc()));
        }
      }
      return;
    }
    for (Path file : filesUnder(at.path)) {
      update(md, at.path.relativize(file).toString().replace('\\', '/'));
      md.update(Files.readAllBytes(file));
    }
  }

  private static void hashAttributes(MessageDigest md, Location at) throws IOException {
    List<Path> files = at.jar ? List.of(at.path) : filesUnder(at.path);
    for (Path file : files) {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      update(md, file + " " + a.size() + " " + a.lastModifiedTime().toMillis());
    }
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(files::add);
    } catch (UncheckedIOException e) {
      throw e.getCause(); // an unreadable subdirectory: a checked failure, not a raw stack trace
    }
    files.sort((a, b) -> root.relativize(a).toString().compareTo(root.relativize(b).toString()));
    return files;
  }

  private static void update(MessageDigest md, String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    md.update((byte) (b.length >>> 24));
    md.update((byte) (b.length >>> 16));
    md.update((byte) (b.length >>> 8));
    md.update((byte) b.length);
    md.update(b);
  }
}
