package dev.unifiedbadges.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unifiedbadges.model.Badge;
import dev.unifiedbadges.model.BadgeCatalog;
import dev.unifiedbadges.model.Domain;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins the generated fixtures to digests taken from the copies they replaced, because golden files,
 * byte-identical checks and benchmark figures were recorded from them: a change here must be a new,
 * separately named fixture.
 */
class FixturesStayTheSameTest {

  @TempDir Path tmp;

  @Test
  void syntheticServicesGiveTheTokensTestsCatalogs() throws Exception {
    assertEquals(
        "f85aba0395fa4e315ceea7c4a3d02c49b8995609e93aae28ce57c904e15418e5",
        sha(text(TestCatalogs.syntheticServices(150, 20))));
    assertEquals(
        "4b46b2d330fbcf27fb5c855ef97182e3791d6e1f03230bd1e855d80f8bb5332d",
        sha(text(TestCatalogs.syntheticServices(25, 8))));
  }

  @Test
  void syntheticStatusesGiveTheSiteTestsCatalogs() throws Exception {
    assertEquals(
        "703e1568a6794488171fd3e1a4eb604dfb75abc257e608aa7c50d43dc0b94e2f",
        sha(text(TestCatalogs.syntheticStatuses(1000, 20))));
    assertEquals(
        "811435458349ca9afdc6c1aee687f18c6b3dfec6deee45dd6acb7dba4c3ba138",
        sha(text(TestCatalogs.syntheticStatuses(60, 5))));
  }

  @Test
  void catalogFilesWriteTheReliabilitySuitesDefinitions() throws Exception {
    assertEquals(
        "58f13c98685ef9baff6744e5faa47dbdb4171cda9c00b2417d87d4c04a7e24f3",
        sha(CatalogFiles.small("A").getBytes(StandardCharsets.UTF_8)));
    CatalogFiles.writeLarge(tmp.resolve("large"), 150, 20, 150);
    assertEquals(
        "c9cea2c966478c1711e76194eb10a3a36549014a544724fc76a4384b02a68506",
        tree(tmp.resolve("large")));
  }

  @Test
  void theSeededCatalogWritesTheBenchmarksFiles() throws Exception {
    SeededCatalog.write(tmp.resolve("seeded"), 1000, 10, SeededCatalog.DEFAULT_SEED, 500);
    assertEquals(
        "6fd747598b9e876cad5f34f32e32ba5c86cc5ec7acc8f250d5ca6c414466851e",
        tree(tmp.resolve("seeded")));
  }

  /**
   * Every domain and badge field through its accessor, not {@code toString}, so a change to the
   * model's records alone does not count as a different catalog.
   */
  private static byte[] text(BadgeCatalog catalog) {
    StringBuilder sb = new StringBuilder();
    sb.append(String.join(",", catalog.tones().keySet())).append('\n');
    badge(sb.append("unknown "), catalog.unknown());
    for (Domain d : catalog.domains().values()) {
      sb.append(d.name()).append('|').append(d.title()).append('|').append(d.description());
      sb.append('\n');
      for (Badge b : d.values()) {
        badge(sb.append("  "), b);
      }
      if (d.unknown() != null) {
        badge(sb.append("  unknown "), d.unknown());
      }
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void badge(StringBuilder sb, Badge b) {
    sb.append(b.value()).append('|').append(b.label()).append('|').append(b.tone()).append('|');
    sb.append(b.icon()).append('|').append(b.aliases()).append('|').append(b.description());
    sb.append('\n');
  }

  /** Each file's name and digest, in name order. */
  private static String tree(Path dir) throws Exception {
    StringBuilder sb = new StringBuilder();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.sorted().toList()) {
        sb.append(p.getFileName()).append(' ').append(sha(Files.readAllBytes(p))).append('\n');
      }
    }
    return sha(sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String sha(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
