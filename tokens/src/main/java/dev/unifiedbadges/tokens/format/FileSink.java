package dev.unifiedbadges.tokens.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Where a format puts its files, one at a time, as it produces them. The generator's sink sends
 * each straight into a staging directory (or, when it is identical to the file already in the
 * output, takes that one over), so the whole output never has to be held in memory.
 *
 * <p>Paths are relative to the output directory and {@code '/'}-separated; each may be produced
 * once. A sink may be used from several threads at once; one stream from {@link #open} belongs to
 * one thread. The order files are produced in does not matter.
 */
public interface FileSink {

  /**
   * Puts one whole file.
   *
   * @throws IllegalArgumentException if the path is not a plain relative path inside the output, is
   *     the marker, or was produced before
   */
  void put(String path, byte[] content) throws IOException;

  /**
   * Puts one whole file whose bytes are {@code content[offset, offset + length)}, so a producer can
   * hand over its own buffer; the sink does not keep it. The default copies the range.
   *
   * @throws IllegalArgumentException as {@link #put(String, byte[])}
   */
  default void put(String path, byte[] content, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, content.length);
    put(path, Arrays.copyOfRange(content, offset, offset + length));
  }

  /**
   * Opens a file to write in pieces. The file is produced when the stream is closed; a stream that
   * is never closed fails the write.
   *
   * @throws IllegalArgumentException as {@link #put}
   */
  OutputStream open(String path) throws IOException;

  /**
   * Puts a file with the same content as {@code earlier}, a file this sink has already been given
   * in full. A sink on disk shares the bytes (a hard link, where the file system has them) rather
   * than writing them again: the site's downloads are such copies of the token files.
   *
   * @throws IllegalArgumentException as {@link #put}, or if {@code earlier} has not been produced
   *     in full
   */
  void putCopy(String path, String earlier) throws IOException;
}
