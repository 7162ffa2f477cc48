package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Snapshots of directory trees: every entry with a SHA-256 of its bytes, compared exactly. */
final class Trees {

  private Trees() {}

  /**
   * Every entry under {@code root} by '/'-separated relative path: files as {@code sha256:<hex>
   * <size>}, directories as {@code dir}, anything else (links, devices) by kind, so a link or an
   * emptied directory is a difference too.
   */
  static SortedMap<String, String> snapshot(Path root) {
    SortedMap<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.equals(root)) {
          continue;
        }
        String name = root.relativize(p).toString().replace('\\', '/');
        if (Files.isSymbolicLink(p)) {
          out.put(name, "symlink -> " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          out.put(name, "dir");
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          byte[] bytes = Files.readAllBytes(p);
          out.put(name, "sha256:" + sha256(bytes) + " " + bytes.length);
        } else {
          out.put(name, "other");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Fails with the paths that were added, removed or changed if the snapshots differ. */
  static void assertSame(Map<String, String> expected, Map<String, String> actual, String what) {
    if (expected.equals(actual)) {
      return;
    }
    fail(what + ": the trees differ\n" + diff(expected, actual));
  }

  /** A short description of how two snapshots differ (at most 40 lines). */
  static String diff(Map<String, String> expected, Map<String, String> actual) {
    List<String> lines = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(expected.keySet());
    names.addAll(actual.keySet());
    for (String n : names) {
      String e = expected.get(n);
      String a = actual.get(n);
      if (e == null) {
        lines.add("  + " + n + " (" + a + ")");
      } else if (a == null) {
        lines.add("  - " + n);
      } else if (!e.equals(a)) {
        lines.add("  ~ " + n + " (" + e + " -> " + a + ")");
      }
    }
    int total = lines.size();
    if (total > 40) {
      lines = new ArrayList<>(lines.subList(0, 40));
      lines.add("  … and " + (total - 40) + " more");
    }
    return String.join("\n", lines);
  }

  /**
   * The staging and backup directories OutputWriter may leave next to {@code dir} ({@code
   * .<name>.tmp-*}, {@code .<name>.old-*}). The {@code .<name>.lock} file is a lock, not a
   * leftover, and is not listed.
   */
  static List<String> leftovers(Path dir) {
    Path parent = dir.toAbsolutePath().normalize().getParent();
    String name = dir.getFileName().toString();
    List<String> found = new ArrayList<>();
    if (!Files.isDirectory(parent)) {
      return found;
    }
    try (Stream<Path> list = Files.list(parent)) {
      for (Path p : list.sorted().toList()) {
        String n = p.getFileName().toString();
        if (n.startsWith("." + name + ".tmp-") || n.startsWith("." + name + ".old-")) {
          found.add(n);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  static void assertNoLeftovers(Path dir) {
    assertEquals(List.of(), leftovers(dir), "temporary directories left next to " + dir);
  }

  /** Copies a tree (files and directories). */
  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Every HTML page under the site directory, sorted. */
  static List<Path> htmlPages(Path site) throws IOException {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
