package dev.unifiedbadges.tokens.format;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Collects files in memory, refusing a path produced twice: for running formats without the
 * generator, in tests and tools that want the bytes. Safe to use from several threads.
 */
public final class MemorySink implements FileSink {

  private final SortedMap<String, byte[]> files =
      Collections.synchronizedSortedMap(new TreeMap<>());

  /** Keeps {@code content} itself, not a copy: the caller must not change it afterwards. */
  @Override
  public void put(String path, byte[] content) {
    if (files.putIfAbsent(path, content) != null) {
      throw new IllegalArgumentException("output path produced twice: '" + path + "'");
    }
  }

  @Override
  public OutputStream open(String path) {
    return new ByteArrayOutputStream() {
      @Override
      public void close() {
        put(path, toByteArray());
      }
    };
  }

  @Override
  public void putCopy(String path, String earlier) {
    byte[] content = files.get(earlier);
    if (content == null) {
      throw new IllegalArgumentException("'" + earlier + "' has not been produced");
    }
    put(path, content);
  }

  /** The files collected so far, by path, as an unmodifiable copy. */
  public SortedMap<String, byte[]> files() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(files));
  }
}
