package dev.unifiedbadges.generator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One output directory reached through two spellings is one directory to lock, not two. */
class PathSpellingTest {

  @TempDir Path tmp;

  @Test
  void aWriteThroughALinkedParentWaitsForTheWriteThroughTheRealOne() throws Exception {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    AtomicReference<Throwable> secondFailure = new AtomicReference<>();
    Thread second =
        new Thread(
            () -> {
              try {
                OutputWriter.write(
                    link.resolve("badges"),
                    sink -> sink.put("a.txt", "second".getBytes(StandardCharsets.UTF_8)));
              } catch (Throwable t) {
                secondFailure.set(t);
              }
            });
    OutputWriter.write(
        real.resolve("badges"),
        sink -> {
          sink.put("a.txt", "first".getBytes(StandardCharsets.UTF_8));
          // While this write holds the directory, the other thread writes it through the link:
          // with a lock per spelling it failed at once with OverlappingFileLockException.
          second.start();
          try {
            second.join(300);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    second.join();
    assertNull(
        secondFailure.get(), () -> "the write through the link failed: " + secondFailure.get());
    assertEquals("second", Files.readString(real.resolve("badges/a.txt"), StandardCharsets.UTF_8));
  }
}
