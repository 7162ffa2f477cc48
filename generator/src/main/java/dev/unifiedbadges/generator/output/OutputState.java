package dev.unifiedbadges.generator.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The record of what an output directory holds and what it was made from: the inputs' fingerprint,
 * the caller's metadata, and every file with its size. It is kept in the lock file next to the
 * directory ({@code .<name>.lock}, read and written only through the locked channel), not inside
 * the directory, so the output itself stays a pure function of the catalog (two layouts of the same
 * definitions give byte-identical trees) and nothing else appears next to it.
 *
 * <p>Content is deterministic (sorted, no timestamps) and ends with a SHA-256 of itself, so a
 * truncated or edited record is ignored. The record is cleared before every swap and written after
 * it, so a run killed in between leaves none, and never one that describes another tree.
 */
final class OutputState {

  private static final String HEADER = "unified-badges output state 2";

  private OutputState() {}

  /** Forgets the record. */
  /**
   * Far above any real record (a line per output file: about 1 MB at 100,000 pairings), so a huge
   * or corrupt lock file is ignored and rewritten instead of read into memory.
   */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  static void clear(FileChannel lockFile) throws IOException {
    lockFile.truncate(0);
  }

  /**
   * Records the stamp and the files (relative path to size, with each file's identity as it is on
   * disk in {@code dir} now; the marker is not listed).
   */
  static void write(
      FileChannel lockFile, OutputWriter.Stamp stamp, Map<String, Long> files, Path dir)
      throws IOException {
    StringBuilder sb = new StringBuilder(64 + files.size() * 48);
    sb.append(HEADER).append('\n');
    sb.append("fingerprint ").append(escape(stamp.fingerprint())).append('\n');
    for (String line : stamp.metadata()) {
      sb.append("meta ").append(escape(line)).append('\n');
    }
    for (Map.Entry<String, Long> e : new TreeMap<>(files).entrySet()) {
      BasicFileAttributes attributes =
          Files.readAttributes(
              dir.resolve(e.getKey()), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      sb.append("file ")
          .append(e.getValue())
          .append(' ')
          .append(identity(attributes))
          .append(' ')
          .append(escape(e.getKey()))
          .append('\n');
    }
    byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
    byte[] end = ("end " + sha256(body) + "\n").getBytes(StandardCharsets.UTF_8);
    lockFile.truncate(0);
    ByteBuffer buffer = ByteBuffer.allocate(body.length + end.length).put(body).put(end).flip();
    long at = 0;
    while (buffer.hasRemaining()) {
      at += lockFile.write(buffer, at);
    }
  }

  /**
   * The record, if there is one with this fingerprint and the directory holds exactly its files
   * with their sizes (plus the marker), and nothing else.
   */
  static OutputWriter.UpToDate check(FileChannel lockFile, Path dir, String fingerprint)
      throws IOException {
    long size = lockFile.size();
    if (size == 0 || size > MAX_BYTES) {
      return null; // none, or not one we wrote: the next write replaces it
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    while (buffer.hasRemaining()) {
      if (lockFile.read(buffer, buffer.position()) < 0) {
        return null;
      }
    }
    byte[] bytes = buffer.array();
    String text = new String(bytes, StandardCharsets.UTF_8);
    int endAt = text.lastIndexOf("end ");
    if (!text.startsWith(HEADER + "\n") || endAt < 0 || !text.endsWith("\n")) {
      return null;
    }
    String body = text.substring(0, endAt);
    if (!text.substring(endAt + 4, text.length() - 1)
        .equals(sha256(body.getBytes(StandardCharsets.UTF_8)))) {
      return null;
    }
    String storedFingerprint = null;
    List<String> metadata = new ArrayList<>();
    Map<String, Long> files = new HashMap<>();
    Map<String, String> identities = new HashMap<>();
    for (String line : body.substring(HEADER.length() + 1).split("\n")) {
      if (line.startsWith("fingerprint ")) {
        storedFingerprint = unescape(line.substring(12));
      } else if (line.startsWith("meta ")) {
        metadata.add(unescape(line.substring(5)));
      } else if (line.startsWith("file ")) {
        int space = line.indexOf(' ', 5);
        int idEnd = space < 0 ? -1 : line.indexOf(' ', space + 1);
        if (idEnd < 0) {
          return null;
        }
        try {
          String name = unescape(line.substring(idEnd + 1));
          files.put(name, Long.parseLong(line.substring(5, space)));
          identities.put(name, line.substring(space + 1, idEnd));
        } catch (NumberFormatException e) {
          return null;
        }
      } else if (!line.isEmpty()) {
        return null;
      }
    }
    if (!fingerprint.equals(storedFingerprint) || !matches(dir, files, identities)) {
      return null;
    }
    return new OutputWriter.UpToDate(new WriteResult(0, files.size(), 0), List.copyOf(metadata));
  }

  /**
   * The directory holds the marker, exactly these files with these sizes and identities (so an edit
   * in place that keeps the size is seen too), and nothing else.
   */
  private static boolean matches(Path dir, Map<String, Long> files, Map<String, String> identities)
      throws IOException {
    if (!Files.isDirectory(dir)
        || !Staging.sameContent(dir.resolve(OutputWriter.MARKER), OutputWriter.MARKER_CONTENT)) {
      return false;
    }
    Set<String> dirs = new HashSet<>();
    for (String f : files.keySet()) {
      for (int slash = f.indexOf('/'); slash >= 0; slash = f.indexOf('/', slash + 1)) {
        dirs.add(f.substring(0, slash));
      }
    }
    boolean[] ok = {true};
    int[] seen = {0};
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            if (!d.equals(dir) && !dirs.contains(relative(dir, d))) {
              ok[0] = false;
              return FileVisitResult.TERMINATE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            String name = relative(dir, f);
            if (name.equals(OutputWriter.MARKER) && attrs.isRegularFile()) {
              return FileVisitResult.CONTINUE;
            }
            Long size = files.get(name);
            if (!attrs.isRegularFile()
                || size == null
                || size != attrs.size()
                || !identity(attrs).equals(identities.get(name))) {
              ok[0] = false;
              return FileVisitResult.TERMINATE;
            }
            seen[0]++;
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            ok[0] = false;
            return FileVisitResult.TERMINATE;
          }
        });
    return ok[0] && seen[0] == files.size();
  }

  /**
   * What changes when a file is written again, even with the same size: its modification time (to
   * the microsecond) and its file key (device and inode where the file system has them). Unchanged
   * files keep both, since a rerun hard-links them into the new tree.
   */
  private static String identity(BasicFileAttributes attributes) {
    Object key = attributes.fileKey();
    String k = key == null ? "-" : key.toString().replace(' ', '_');
    return attributes.lastModifiedTime().to(TimeUnit.MICROSECONDS) + "/" + k;
  }

  private static String relative(Path dir, Path p) {
    return dir.relativize(p).toString().replace('\\', '/');
  }

  static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String r =
          switch (c) {
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> null;
          };
      if (r != null && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (r != null) {
          sb.append(r);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? s : sb.toString();
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
