package dev.unifiedbadges.generator.output;

import dev.unifiedbadges.tokens.format.FileSink;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sink of one {@link OutputWriter} run: compares each produced file with the one in the current
 * output and writes only what differs into a sibling staging directory, which holds hard links to
 * the unchanged files, so it becomes the complete new tree.
 *
 * <p>The staging directory is created only when the first file differs: until then unchanged files
 * are just noted, and linked in when it is created. An identical rerun so creates nothing.
 */
final class Staging implements FileSink {

  private static final int CHUNK = 64 * 1024;

  private final Path dir;
  private final Set<String> existing;
  private final Object lock = new Object();

  /** The staging directory, null until a file differs. */
  private Path root;

  /** Unchanged files noted before the staging directory existed. */
  private final List<String> pending = new ArrayList<>();

  /** Every produced file and its size. */
  private final Map<String, Long> sizes = new HashMap<>();

  /** Where each produced file's bytes are: its file in the current output, or in staging. */
  private final Map<String, Path> bytesAt = new HashMap<>();

  private final Set<String> claimed = new HashSet<>();
  private final Set<Entry> open = new HashSet<>();
  private final Set<Path> createdDirs = ConcurrentHashMap.newKeySet();
  private int written;
  private int unchanged;
  private boolean finished;

  Staging(Path dir, Set<String> existing) {
    this.dir = dir;
    this.existing = existing;
  }

  @Override
  public void put(String path, byte[] content) throws IOException {
    put(path, content, 0, content.length);
  }

  @Override
  public void put(String path, byte[] content, int offset, int length) throws IOException {
    java.util.Objects.checkFromIndexSize(offset, length, content.length);
    Path old = claim(path);
    if (old != null && sameContent(old, content, offset, length)) {
      unchanged(path, old, length);
      return;
    }
    Path to = stagingFile(path);
    try (FileChannel channel =
        FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content, offset, length);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
    written(path, length);
  }

  @Override
  public OutputStream open(String path) throws IOException {
    Path old = claim(path);
    Entry entry = new Entry(path, old);
    synchronized (lock) {
      open.add(entry);
    }
    return entry;
  }

  /** Validates and reserves a path; returns the current output's file of that name, if any. */
  private Path claim(String path) {
    Path target = OutputWriter.resolveInside(dir, path);
    if (path.equals(OutputWriter.MARKER)) {
      throw new IllegalArgumentException("'" + path + "' is reserved for the output marker");
    }
    synchronized (lock) {
      if (finished) {
        throw new IllegalStateException("the write is over; '" + path + "' was produced too late");
      }
      if (!claimed.add(path)) {
        throw new IllegalArgumentException("output path produced twice: '" + path + "'");
      }
    }
    return existing.contains(path) ? target : null;
  }

  private void unchanged(String path, Path old, long size) throws IOException {
    Path to;
    synchronized (lock) {
      unchanged++;
      sizes.put(path, size);
      bytesAt.put(path, old);
      if (root == null) {
        pending.add(path);
        return;
      }
      to = root.resolve(path);
    }
    linkOrCopy(old, to);
  }

  private void written(String path, long size) {
    synchronized (lock) {
      written++;
      sizes.put(path, size);
      bytesAt.put(path, root.resolve(path));
    }
  }

  @Override
  public void putCopy(String path, String earlier) throws IOException {
    Path source;
    long size;
    synchronized (lock) {
      source = bytesAt.get(earlier);
      if (source == null) {
        throw new IllegalArgumentException(
            "'" + earlier + "' has not been produced in full, so it cannot be copied");
      }
      size = sizes.get(earlier);
    }
    Path old = claim(path);
    // On a rerun the two names are usually one file already (linked by the last run).
    if (old != null
        && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
        && (Files.isSameFile(old, source) || sameContent(old, source, size))) {
      unchanged(path, old, size);
      return;
    }
    Path to = stagingFile(path);
    linkOrCopy(source, to);
    written(path, size);
  }

  /**
   * Where a differing file goes in the staging directory (created, with its parents, on demand).
   */
  private Path stagingFile(String path) throws IOException {
    Path to = materialize().resolve(path);
    directories(to.getParent());
    return to;
  }

  private void directories(Path d) throws IOException {
    // Noted only once it exists: another thread may be creating it right now.
    if (!createdDirs.contains(d)) {
      Files.createDirectories(d);
      createdDirs.add(d);
    }
  }

  /**
   * The staging directory, created now if it does not exist yet, with the unchanged files so far.
   */
  Path materialize() throws IOException {
    synchronized (lock) {
      if (root == null) {
        Path created =
            OutputWriter.uniqueDirectory(
                dir.getParent(), "." + dir.getFileName() + OutputWriter.TMP_INFIX);
        root = created;
        for (String path : pending) {
          linkOrCopy(dir.resolve(path), created.resolve(path));
        }
        pending.clear();
      }
      return root;
    }
  }

  /** Unchanged files keep their identity (and timestamp) in the new tree. */
  private void linkOrCopy(Path from, Path to) throws IOException {
    directories(to.getParent());
    try {
      Files.createLink(to, from);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(from, to);
    }
  }

  /** Ends production: no stream may still be open, and nothing may be produced any more. */
  void finish() {
    synchronized (lock) {
      finished = true;
      if (!open.isEmpty()) {
        List<String> names = new ArrayList<>();
        for (Entry e : open) {
          names.add(e.path);
        }
        Collections.sort(names);
        throw new IllegalStateException("output files opened but never closed: " + names);
      }
    }
  }

  /** Closes any stream a failed producer left open, without producing its file. */
  void abort() {
    List<Entry> left;
    synchronized (lock) {
      finished = true;
      left = new ArrayList<>(open);
      open.clear();
    }
    for (Entry e : left) {
      e.discard();
    }
  }

  /** The staging directory, or null if no file differed. */
  Path root() {
    synchronized (lock) {
      return root;
    }
  }

  int written() {
    synchronized (lock) {
      return written;
    }
  }

  int unchanged() {
    synchronized (lock) {
      return unchanged;
    }
  }

  Map<String, Long> sizes() {
    synchronized (lock) {
      return new HashMap<>(sizes);
    }
  }

  static boolean sameContent(Path file, byte[] content) throws IOException {
    return sameContent(file, content, 0, content.length);
  }

  /** True if the file has exactly the other file's {@code size} bytes. */
  private static boolean sameContent(Path file, Path other, long size) throws IOException {
    if (Files.size(file) != size || Files.size(other) != size) {
      return false;
    }
    try (InputStream a = Files.newInputStream(file);
        InputStream b = Files.newInputStream(other)) {
      byte[] x = COMPARE.get();
      byte[] y = new byte[CHUNK];
      while (true) {
        int n = a.readNBytes(x, 0, x.length);
        if (b.readNBytes(y, 0, y.length) != n || Arrays.mismatch(x, 0, n, y, 0, n) != -1) {
          return false;
        }
        if (n < x.length) {
          return true;
        }
      }
    }
  }

  /** A buffer per thread for reading old files to compare with. */
  private static final ThreadLocal<byte[]> COMPARE = ThreadLocal.withInitial(() -> new byte[CHUNK]);

  static boolean sameContent(Path file, byte[] content, int offset, int length) throws IOException {
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != length) {
      return false;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buf = COMPARE.get();
      int at = 0;
      while (at < length) {
        int n = Math.min(buf.length, length - at);
        if (in.readNBytes(buf, 0, n) != n
            || Arrays.mismatch(buf, 0, n, content, offset + at, offset + at + n) != -1) {
          return false;
        }
        at += n;
      }
      return in.read() == -1;
    }
  }

  /**
   * A file written in pieces. While what arrives matches the current output's file it is only
   * compared; at the first difference the matching part is copied from the old file into the
   * staging directory and the rest written after it.
   */
  private final class Entry extends OutputStream {
    final String path;
    private final Path old;
    private final long oldSize;
    private InputStream oldIn;
    private byte[] compareBuffer;
    private OutputStream out;
    private long position;
    private boolean closed;

    Entry(String path, Path old) throws IOException {
      this.path = path;
      if (old != null && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)) {
        this.old = old;
        this.oldSize = Files.size(old);
        this.oldIn = Files.newInputStream(old);
      } else {
        this.old = null;
        this.oldSize = -1;
      }
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("stream closed: " + path);
      }
      java.util.Objects.checkFromIndexSize(off, len, b.length);
      if (out == null && !matches(b, off, len)) {
        diverge();
      }
      if (out != null) {
        out.write(b, off, len);
      }
      position += len;
    }

    /** Compares the next bytes with the old file; false at the first difference. */
    private boolean matches(byte[] b, int off, int len) throws IOException {
      if (old == null || position + len > oldSize) {
        return false;
      }
      if (compareBuffer == null) {
        compareBuffer = COMPARE.get();
      }
      for (int i = 0; i < len; ) {
        int n = Math.min(compareBuffer.length, len - i);
        if (oldIn.readNBytes(compareBuffer, 0, n) != n
            || Arrays.mismatch(compareBuffer, 0, n, b, off + i, off + i + n) != -1) {
          return false;
        }
        i += n;
      }
      return true;
    }

    /** Starts the new file: the part that matched so far, copied from the old one. */
    private void diverge() throws IOException {
      Path to = stagingFile(path);
      OutputStream file =
          Files.newOutputStream(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      out = new java.io.BufferedOutputStream(file, CHUNK);
      closeOld();
      if (position > 0) {
        try (InputStream in = Files.newInputStream(old)) {
          byte[] buf = new byte[CHUNK];
          long left = position;
          while (left > 0) {
            int n = in.readNBytes(buf, 0, (int) Math.min(buf.length, left));
            if (n <= 0) {
              throw new IOException(old + " changed while it was compared");
            }
            out.write(buf, 0, n);
            left -= n;
          }
        }
      }
    }

    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (out == null && old != null && position == oldSize) {
          closeOld();
          unchanged(path, old, position);
        } else {
          if (out == null) {
            diverge();
          }
          out.close();
          written(path, position);
        }
      } finally {
        discard();
      }
    }

    void discard() {
      closed = true;
      closeOld();
      if (out != null) {
        try {
          out.close();
        } catch (IOException ignored) {
          // The staging directory is deleted anyway.
        }
      }
      synchronized (lock) {
        open.remove(this);
      }
    }

    private void closeOld() {
      if (oldIn != null) {
        try {
          oldIn.close();
        } catch (IOException ignored) {
          // Only read.
        }
        oldIn = null;
      }
    }
  }
}
