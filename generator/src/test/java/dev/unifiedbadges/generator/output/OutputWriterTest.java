package dev.unifiedbadges.generator.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.tokens.format.FileSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming writer: atomic replacement, comparison as files arrive, cleanup, and the up-to-date
 * record.
 */
class OutputWriterTest {

  @TempDir Path tmp;
  private Path out;

  @BeforeEach
  void target() {
    out = tmp.resolve("target").resolve("badges");
  }

  // ---- streaming ----

  @Test
  void producesFilesThroughPutAndStreamsAndMarksTheDirectory() throws IOException {
    WriteResult r =
        OutputWriter.write(
            out,
            sink -> {
              sink.put("a/one.txt", utf8("one"));
              try (OutputStream o = sink.open("b/c/two.txt")) {
                o.write(utf8("tw"));
                o.write('o');
              }
              try (OutputStream o = sink.open("empty.txt")) {
                // nothing
              }
            });
    assertEquals(new WriteResult(3, 0, 0), r);
    assertEquals(
        Map.of(
            "a/one.txt",
            "one",
            "b/c/two.txt",
            "two",
            "empty.txt",
            "",
            OutputWriter.MARKER,
            marker()),
        read(out));
    assertEquals(List.of(), leftovers(), "no staging or backup directory remains");
  }

  @Test
  void anIdenticalRerunCreatesNothingAndTouchesNothing() throws IOException {
    SortedMap<String, byte[]> files =
        files("a.txt", "alpha", "d/b.txt", "beta", "d/e/c.txt", "gamma");
    OutputWriter.write(out, files);
    Map<String, Object> identities = identities(out);
    FileTime dirTime = Files.getLastModifiedTime(out);

    WriteResult again =
        OutputWriter.write(
            out,
            sink -> {
              // Streamed in pieces this time: still identical.
              for (Map.Entry<String, byte[]> e : files.entrySet()) {
                try (OutputStream o = sink.open(e.getKey())) {
                  byte[] b = e.getValue();
                  o.write(b, 0, 2);
                  o.write(b, 2, b.length - 2);
                }
              }
            });
    assertTrue(again.upToDate(), again.toString());
    assertEquals(3, again.unchanged());
    assertEquals(identities, identities(out), "same files, same inodes, same times");
    assertEquals(dirTime, Files.getLastModifiedTime(out));
    assertEquals(List.of(".badges.lock"), siblings(), "not even a staging directory was created");
  }

  @Test
  void streamedFilesThatDifferAnywhereAreWrittenWhole() throws IOException {
    byte[] big = new byte[200_000];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) (i * 31 + 7);
    }
    SortedMap<String, byte[]> old = new TreeMap<>();
    old.put("same.bin", big);
    old.put("tail.bin", big);
    old.put("longer.bin", big);
    old.put("shorter.bin", big);
    old.put("head.bin", big);
    OutputWriter.write(out, old);

    byte[] tail = big.clone();
    tail[big.length - 1]++;
    byte[] longer = Arrays.copyOf(big, big.length + 10);
    byte[] shorter = Arrays.copyOf(big, big.length - 70_000);
    byte[] head = big.clone();
    head[0]++;
    SortedMap<String, byte[]> next = new TreeMap<>();
    next.put("same.bin", big);
    next.put("tail.bin", tail);
    next.put("longer.bin", longer);
    next.put("shorter.bin", shorter);
    next.put("head.bin", head);
    WriteResult r =
        OutputWriter.write(
            out,
            sink -> {
              for (Map.Entry<String, byte[]> e : next.entrySet()) {
                try (OutputStream o = sink.open(e.getKey())) {
                  byte[] b = e.getValue();
                  for (int at = 0; at < b.length; at += 12_345) {
                    o.write(b, at, Math.min(12_345, b.length - at));
                  }
                }
              }
            });
    assertEquals(new WriteResult(4, 1, 0), r);
    for (Map.Entry<String, byte[]> e : next.entrySet()) {
      assertArrayEquals(e.getValue(), Files.readAllBytes(out.resolve(e.getKey())), e.getKey());
    }
    assertEquals(List.of(".badges.lock"), siblings());
  }

  @Test
  void unchangedFilesAreHardLinkedIntoTheNewTree() throws IOException {
    OutputWriter.write(out, files("keep.txt", "same", "change.txt", "v1", "gone.txt", "x"));
    Object keep =
        Files.readAttributes(out.resolve("keep.txt"), BasicFileAttributes.class).fileKey();
    WriteResult r =
        OutputWriter.write(out, files("keep.txt", "same", "change.txt", "v2", "new.txt", "n"));
    assertEquals(new WriteResult(2, 1, 1), r);
    assertEquals(
        Map.of(
            "keep.txt", "same", "change.txt", "v2", "new.txt", "n", OutputWriter.MARKER, marker()),
        read(out));
    Object after =
        Files.readAttributes(out.resolve("keep.txt"), BasicFileAttributes.class).fileKey();
    if (keep != null) {
      assertEquals(keep, after, "the unchanged file is the same inode");
    }
  }

  @Test
  void aCopyIsTheSameFileAsItsOriginalAndAnIdenticalRerunKeepsBoth() throws IOException {
    OutputWriter.Producer producer =
        sink -> {
          try (OutputStream o = sink.open("tokens/t.json")) {
            o.write(utf8("{\"a\": 1}"));
          }
          sink.putCopy("site/downloads/tokens/t.json", "tokens/t.json");
        };
    assertEquals(new WriteResult(2, 0, 0), OutputWriter.write(out, producer));
    assertEquals("{\"a\": 1}", Files.readString(out.resolve("site/downloads/tokens/t.json")));
    assertTrue(
        Files.isSameFile(out.resolve("tokens/t.json"), out.resolve("site/downloads/tokens/t.json")),
        "the copy is a hard link, not a second write");
    Map<String, Object> identities = identities(out);

    WriteResult again = OutputWriter.write(out, producer);
    assertTrue(again.upToDate(), again.toString());
    assertEquals(identities, identities(out));
    assertEquals(List.of(".badges.lock"), siblings(), "not even a staging directory was created");
  }

  @Test
  void aCopyOfAnUnchangedFileIsUnchangedEvenWhenTheOldOutputHeldTwoSeparateFiles()
      throws IOException {
    // An output written before copies were links (or on a file system without them).
    OutputWriter.write(out, files("a.txt", "same", "copy/a.txt", "same", "b.txt", "v1"));
    WriteResult r =
        OutputWriter.write(
            out,
            sink -> {
              sink.put("a.txt", utf8("same"));
              sink.putCopy("copy/a.txt", "a.txt");
              sink.put("b.txt", utf8("v2"));
            });
    assertEquals(new WriteResult(1, 2, 0), r);
    assertEquals(
        Map.of("a.txt", "same", "copy/a.txt", "same", "b.txt", "v2", OutputWriter.MARKER, marker()),
        read(out));
  }

  @Test
  void aCopyOfAChangedFileReplacesTheOldCopy() throws IOException {
    OutputWriter.Producer v1 =
        sink -> {
          sink.put("a.txt", utf8("v1"));
          sink.putCopy("copy/a.txt", "a.txt");
        };
    OutputWriter.write(out, v1);
    WriteResult r =
        OutputWriter.write(
            out,
            sink -> {
              sink.put("a.txt", utf8("version 2"));
              sink.putCopy("copy/a.txt", "a.txt");
            });
    assertEquals(new WriteResult(2, 0, 0), r);
    assertEquals(
        Map.of("a.txt", "version 2", "copy/a.txt", "version 2", OutputWriter.MARKER, marker()),
        read(out));
  }

  @Test
  void onlyAFileProducedInFullCanBeCopied() throws IOException {
    OutputWriter.write(out, files("old.txt", "keep me"));
    IllegalArgumentException never =
        assertThrows(
            IllegalArgumentException.class,
            () -> OutputWriter.write(out, sink -> sink.putCopy("b.txt", "a.txt")));
    assertTrue(
        never.getMessage().contains("'a.txt' has not been produced in full"), never.getMessage());
    IllegalArgumentException stillOpen =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                OutputWriter.write(
                    out,
                    sink -> {
                      try (OutputStream o = sink.open("a.txt")) {
                        o.write(utf8("half"));
                        sink.putCopy("b.txt", "a.txt");
                      }
                    }));
    assertTrue(
        stillOpen.getMessage().contains("'a.txt' has not been produced in full"),
        stillOpen.getMessage());
    assertEquals(
        Map.of("old.txt", "keep me", OutputWriter.MARKER, marker()),
        read(out),
        "the old output is intact");
  }

  @Test
  void aSinkCanBeFedFromSeveralThreadsAtOnce() throws Exception {
    OutputWriter.write(out, files("q/0/0.txt", "old", "q/0/1.txt", "0/1"));
    int threads = 4;
    int dirs = 150;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      WriteResult r =
          OutputWriter.write(
              out,
              sink -> {
                // All threads enter each new directory at the same moment.
                CyclicBarrier together = new CyclicBarrier(threads);
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                  int thread = t;
                  futures.add(
                      pool.submit(
                          () -> {
                            for (int d = 0; d < dirs; d++) {
                              together.await(30, TimeUnit.SECONDS);
                              sink.put("q/" + d + "/" + thread + ".txt", utf8(d + "/" + thread));
                            }
                            return null;
                          }));
                }
                for (Future<?> f : futures) {
                  try {
                    f.get();
                  } catch (Exception e) {
                    throw new IOException(e);
                  }
                }
              });
      assertEquals(new WriteResult(threads * dirs - 1, 1, 0), r);
      Map<String, String> files = read(out);
      assertEquals(threads * dirs + 1, files.size());
      for (int d = 0; d < dirs; d++) {
        for (int t = 0; t < threads; t++) {
          assertEquals(d + "/" + t, files.get("q/" + d + "/" + t + ".txt"));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- failures leave the old output as it was ----

  @Test
  void aProducerThatFailsHalfWayLeavesTheOldOutputAndNoStagingDirectory() throws IOException {
    OutputWriter.write(out, files("a.txt", "old a", "b.txt", "old b"));
    Map<String, String> before = read(out);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                OutputWriter.write(
                    out,
                    sink -> {
                      sink.put("a.txt", utf8("new a"));
                      OutputStream half = sink.open("b.txt");
                      half.write(utf8("new"));
                      throw new IllegalStateException("renderer failed");
                    }));
    assertEquals("renderer failed", e.getMessage());
    assertEquals(before, read(out));
    assertEquals(List.of(".badges.lock"), siblings());
  }

  @Test
  void aStreamLeftOpenFailsTheWrite() throws IOException {
    OutputWriter.write(out, files("a.txt", "old"));
    Map<String, String> before = read(out);
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> OutputWriter.write(out, sink -> sink.open("a.txt").write(utf8("new"))));
    assertTrue(e.getMessage().contains("a.txt"), e.getMessage());
    assertEquals(before, read(out));
    assertEquals(List.of(".badges.lock"), siblings());
  }

  @Test
  void pathsMustStayInsideTheOutputAndBeProducedOnce() throws IOException {
    OutputWriter.write(out, files("a.txt", "old"));
    Map<String, String> before = read(out);
    for (String bad :
        List.of(
            "../x",
            "/abs",
            "a//b",
            "a/./b",
            "a/../../b",
            "dir/",
            "",
            "a\\b",
            OutputWriter.MARKER)) {
      assertThrows(
          IllegalArgumentException.class,
          () -> OutputWriter.write(out, sink -> sink.put(bad, utf8("x"))),
          "'" + bad + "'");
      assertThrows(
          IllegalArgumentException.class,
          () -> OutputWriter.write(out, sink -> sink.open(bad).close()),
          "stream '" + bad + "'");
    }
    assertThrows(
        IllegalArgumentException.class,
        () ->
            OutputWriter.write(
                out,
                sink -> {
                  sink.put("twice.txt", utf8("1"));
                  sink.put("twice.txt", utf8("2"));
                }));
    assertEquals(before, read(out));
    assertEquals(List.of(".badges.lock"), siblings());
  }

  @Test
  void aDirectoryWithoutTheMarkerIsNeverReplaced() throws IOException {
    Files.createDirectories(out);
    Files.writeString(out.resolve("Main.java"), "class Main {}");
    assertThrows(
        ForeignDirectoryException.class,
        () -> OutputWriter.write(out, sink -> sink.put("a.txt", utf8("a"))));
    assertEquals(Map.of("Main.java", "class Main {}"), read(out));
  }

  // ---- what a killed run leaves behind ----

  @Test
  void theNextRunRemovesStagingAndBackupDirectoriesOfKilledRuns() throws IOException {
    OutputWriter.write(out, files("a.txt", "a"));
    Path parent = out.getParent();
    Path tmpDir = Files.createDirectories(parent.resolve(".badges.tmp-123/css"));
    Files.writeString(tmpDir.resolve("badges.css"), "half written");
    Path oldDir = Files.createDirectories(parent.resolve(".badges.old-456"));
    Files.write(oldDir.resolve(OutputWriter.MARKER), OutputWriter.MARKER_CONTENT);
    Path unrelated = Files.createDirectories(parent.resolve(".other.tmp-1"));

    WriteResult r = OutputWriter.write(out, files("a.txt", "a"));
    assertTrue(r.upToDate());
    assertEquals(
        List.of(".badges.lock", ".other.tmp-1"), siblings(), "only our own leftovers are removed");
    assertTrue(Files.isDirectory(unrelated));
  }

  @Test
  void anOutputMovedAsideByAKilledRunIsPutBackFirst() throws IOException {
    OutputWriter.write(out, files("a.txt", "a", "b.txt", "b"));
    Object inode = Files.readAttributes(out.resolve("a.txt"), BasicFileAttributes.class).fileKey();
    // Killed between its two moves: the output is gone, its backup and the new tree are next to it.
    Path backup = out.getParent().resolve(".badges.old-789");
    Files.move(out, backup);
    Files.createDirectories(out.getParent().resolve(".badges.tmp-790"));

    WriteResult r = OutputWriter.write(out, files("a.txt", "a", "b.txt", "b2"));
    assertEquals(
        new WriteResult(
            1,
            1,
            0,
            List.of(
                "Put back "
                    + out.toRealPath()
                    + " from .badges.old-789: a run was killed between moving the old output away"
                    + " and moving its new output in.")),
        r,
        "compared with the restored output, and saying so");
    assertEquals(Map.of("a.txt", "a", "b.txt", "b2", OutputWriter.MARKER, marker()), read(out));
    Object after = Files.readAttributes(out.resolve("a.txt"), BasicFileAttributes.class).fileKey();
    if (inode != null) {
      assertEquals(inode, after);
    }
    assertEquals(List.of(".badges.lock"), siblings());
  }

  @Test
  void aBackupWithoutTheMarkerIsNotRestored() throws IOException {
    Path parent = Files.createDirectories(out.getParent());
    Path foreign = Files.createDirectories(parent.resolve(".badges.old-1"));
    Files.writeString(foreign.resolve("x.txt"), "not ours");
    OutputWriter.write(out, files("a.txt", "a"));
    assertEquals(Map.of("a.txt", "a", OutputWriter.MARKER, marker()), read(out));
    assertEquals(List.of(".badges.lock"), siblings());
  }

  // ---- the up-to-date record ----

  @Test
  void aStampedOutputIsUpToDateForTheSameFingerprintOnly() throws IOException {
    OutputWriter.Stamp stamp =
        new OutputWriter.Stamp("fp-1", List.of("domains 3", "line with\nnewline \\ and tab\t"));
    WriteResult first =
        OutputWriter.write(
            out, sink -> putAll(sink, files("a.txt", "aa", "d/b.txt", "bbb")), stamp);
    assertEquals(2, first.written());

    Optional<OutputWriter.UpToDate> same = OutputWriter.upToDate(out, "fp-1");
    assertTrue(same.isPresent());
    assertEquals(new WriteResult(0, 2, 0), same.get().result());
    assertEquals(stamp.metadata(), same.get().metadata());
    assertFalse(OutputWriter.upToDate(out, "fp-2").isPresent(), "another fingerprint");
    assertFalse(
        OutputWriter.upToDate(tmp.resolve("elsewhere/badges"), "fp-1").isPresent(),
        "another directory");
    assertEquals(List.of(".badges.lock"), siblings(), "the record lives in the lock file");
  }

  @Test
  void anyChangeToTheOutputInvalidatesTheRecord() throws IOException {
    OutputWriter.Stamp stamp = new OutputWriter.Stamp("fp", List.of());
    SortedMap<String, byte[]> files = files("a.txt", "aa", "d/b.txt", "bbb");
    OutputWriter.Producer producer = sink -> putAll(sink, files);

    OutputWriter.write(out, producer, stamp);
    Files.delete(out.resolve("a.txt"));
    assertFalse(OutputWriter.upToDate(out, "fp").isPresent(), "a deleted file");

    OutputWriter.write(out, producer, stamp);
    Files.writeString(out.resolve("d/b.txt"), "bbbb");
    assertFalse(OutputWriter.upToDate(out, "fp").isPresent(), "a resized file");

    OutputWriter.write(out, producer, stamp);
    Files.writeString(out.resolve("d/extra.txt"), "x");
    assertFalse(OutputWriter.upToDate(out, "fp").isPresent(), "an extra file");

    OutputWriter.write(out, producer, stamp);
    Files.createDirectories(out.resolve("empty"));
    assertFalse(OutputWriter.upToDate(out, "fp").isPresent(), "an extra directory");

    OutputWriter.write(out, producer, stamp);
    Files.writeString(out.resolve(OutputWriter.MARKER), "edited");
    assertFalse(OutputWriter.upToDate(out, "fp").isPresent(), "an edited marker");

    OutputWriter.write(out, producer, stamp);
    assertTrue(OutputWriter.upToDate(out, "fp").isPresent());
    OutputWriter.write(out, files("a.txt", "changed"));
    assertFalse(
        OutputWriter.upToDate(out, "fp").isPresent(), "a write without a stamp forgets the record");

    OutputWriter.write(out, producer, stamp);
    Path lock = out.getParent().resolve(".badges.lock");
    byte[] record = Files.readAllBytes(lock);
    record[record.length / 2] ^= 1;
    Files.write(lock, record);
    assertFalse(OutputWriter.upToDate(out, "fp").isPresent(), "a corrupted record");
    Files.write(lock, Arrays.copyOf(record, record.length / 2));
    assertFalse(OutputWriter.upToDate(out, "fp").isPresent(), "a truncated record");
  }

  @Test
  void anIdenticalWriteWithANewStampRefreshesTheRecordWithoutTouchingFiles() throws IOException {
    SortedMap<String, byte[]> files = files("a.txt", "aa");
    OutputWriter.write(out, sink -> putAll(sink, files), new OutputWriter.Stamp("old", List.of()));
    Map<String, Object> identities = identities(out);
    WriteResult r =
        OutputWriter.write(
            out, sink -> putAll(sink, files), new OutputWriter.Stamp("new", List.of("m")));
    assertTrue(r.upToDate());
    assertEquals(identities, identities(out));
    assertFalse(OutputWriter.upToDate(out, "old").isPresent());
    assertEquals(List.of("m"), OutputWriter.upToDate(out, "new").orElseThrow().metadata());
  }

  @Test
  void theMapAdapterStillWritesExactlyTheMap() throws IOException {
    SortedMap<String, byte[]> files = files("x/y.txt", "y", "z.txt", "z");
    assertEquals(new WriteResult(2, 0, 0), OutputWriter.write(out, files));
    assertEquals(new WriteResult(0, 2, 0), OutputWriter.write(out, files));
    assertThrows(
        IllegalArgumentException.class, () -> OutputWriter.write(out, files("../escape.txt", "x")));
    assertFalse(Files.exists(tmp.resolve("target/escape.txt")));
  }

  // ---- helpers ----

  private static void putAll(FileSink sink, SortedMap<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      sink.put(e.getKey(), e.getValue());
    }
  }

  private static SortedMap<String, byte[]> files(String... pathsAndContents) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (int i = 0; i < pathsAndContents.length; i += 2) {
      files.put(pathsAndContents[i], utf8(pathsAndContents[i + 1]));
    }
    return files;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String marker() {
    return new String(OutputWriter.MARKER_CONTENT, StandardCharsets.UTF_8);
  }

  private static Map<String, String> read(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (Files.isRegularFile(p)) {
          files.put(
              dir.relativize(p).toString().replace('\\', '/'),
              Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    return files;
  }

  /** Each file's inode (where the file system has them) and modification time. */
  private static Map<String, Object> identities(Path dir) throws IOException {
    Map<String, Object> ids = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        ids.put(dir.relativize(p).toString(), a.fileKey() + " " + a.lastModifiedTime());
      }
    }
    return ids;
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> list = Files.list(out.getParent())) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("badges"))
          .sorted()
          .toList();
    }
  }

  private List<String> leftovers() throws IOException {
    return siblings().stream().filter(n -> n.contains(".tmp-") || n.contains(".old-")).toList();
  }
}
