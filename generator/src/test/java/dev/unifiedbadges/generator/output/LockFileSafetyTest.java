package dev.unifiedbadges.generator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer's lock file: never followed through a link, and a huge one never read into memory. */
class LockFileSafetyTest {

  @TempDir Path tmp;

  private static WriteResult write(Path out, String content, String fingerprint)
      throws IOException {
    return OutputWriter.write(
        out,
        sink -> sink.put("a.txt", content.getBytes(StandardCharsets.UTF_8)),
        new OutputWriter.Stamp(fingerprint, List.of()));
  }

  @Test
  void aLockFileReplacedByALinkIsRefusedAndItsTargetLeftAlone() throws IOException {
    Path out = tmp.resolve("badges");
    write(out, "one", "f1");
    Path victim = Files.writeString(tmp.resolve("victim.txt"), "precious", StandardCharsets.UTF_8);
    Path lock = tmp.resolve(".badges.lock");
    Files.delete(lock);
    Files.createSymbolicLink(lock, victim);

    UnsafeOutputException rerun =
        assertThrows(UnsafeOutputException.class, () -> write(out, "one", "f1"));
    assertTrue(
        rerun
            .getMessage()
            .startsWith("Refusing to use the lock file " + lock + ": it is a symbolic link"));
    assertThrows(UnsafeOutputException.class, () -> OutputWriter.upToDate(out, "f1"));
    assertThrows(UnsafeOutputException.class, () -> write(out, "two", "f2"));
    assertEquals("precious", Files.readString(victim, StandardCharsets.UTF_8));
    assertEquals("one", Files.readString(out.resolve("a.txt"), StandardCharsets.UTF_8));
  }

  @Test
  void aDanglingLinkInPlaceOfTheLockFileDoesNotCreateItsTarget() throws IOException {
    Path out = tmp.resolve("badges");
    Path target = tmp.resolve("elsewhere/created-by-us");
    Files.createDirectories(target.getParent());
    Files.createSymbolicLink(tmp.resolve(".badges.lock"), target);
    assertThrows(UnsafeOutputException.class, () -> write(out, "one", "f1"));
    assertFalse(Files.exists(target, LinkOption.NOFOLLOW_LINKS));
    assertFalse(Files.exists(out));
  }

  @Test
  void aRecordOfNearlyTwoGigabytesIsNotEvenRead() throws IOException {
    // 1.9 GB: under Integer.MAX_VALUE, so only a size cap keeps it out of the heap.
    FileChannel huge =
        new FileChannel() {
          @Override
          public long size() {
            return 1_900_000_000L;
          }

          @Override
          public int read(ByteBuffer dst, long position) {
            throw new AssertionError("a 1.9 GB record was read");
          }

          @Override
          public int read(ByteBuffer dst) {
            throw new AssertionError("a 1.9 GB record was read");
          }

          @Override
          public long read(ByteBuffer[] dsts, int offset, int length) {
            throw new AssertionError("a 1.9 GB record was read");
          }

          @Override
          public int write(ByteBuffer src) {
            throw new UnsupportedOperationException();
          }

          @Override
          public long write(ByteBuffer[] srcs, int offset, int length) {
            throw new UnsupportedOperationException();
          }

          @Override
          public long position() {
            return 0;
          }

          @Override
          public FileChannel position(long newPosition) {
            return this;
          }

          @Override
          public FileChannel truncate(long size) {
            throw new UnsupportedOperationException();
          }

          @Override
          public void force(boolean metaData) {}

          @Override
          public long transferTo(long position, long count, WritableByteChannel target) {
            throw new UnsupportedOperationException();
          }

          @Override
          public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException();
          }

          @Override
          public int write(ByteBuffer src, long position) {
            throw new UnsupportedOperationException();
          }

          @Override
          public MappedByteBuffer map(MapMode mode, long position, long size) {
            throw new UnsupportedOperationException();
          }

          @Override
          public FileLock lock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
          }

          @Override
          public FileLock tryLock(long position, long size, boolean shared) {
            throw new UnsupportedOperationException();
          }

          @Override
          protected void implCloseChannel() {}
        };
    assertNull(OutputState.check(huge, tmp.resolve("badges"), "f1"));
  }

  @Test
  void aHugeLockFileIsIgnoredAndRewrittenInsteadOfReadIntoMemory() throws IOException {
    Path out = tmp.resolve("badges");
    write(out, "one", "f1");
    Path lock = tmp.resolve(".badges.lock");
    try (RandomAccessFile f = new RandomAccessFile(lock.toFile(), "rw")) {
      f.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 GiB that take no disk space
    }
    assertTrue(
        OutputWriter.upToDate(out, "f1").isEmpty(), "not up to date: the record is unreadable");
    WriteResult again = write(out, "one", "f1");
    assertEquals(1, again.unchanged());
    assertTrue(Files.size(lock) < OutputState.MAX_BYTES, "the record was rewritten");
    assertTrue(OutputWriter.upToDate(out, "f1").isPresent());
  }
}
