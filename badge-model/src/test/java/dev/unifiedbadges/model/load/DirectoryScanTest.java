package dev.unifiedbadges.model.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirectoryScanTest {

  @Test
  void aDirectoryMergesPlainAndSuffixedDefinitionFilesInPathOrderAndIgnoresOthers(@TempDir Path dir)
      throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("badges.yaml"), "domains: {}\n");
    Files.writeString(dir.resolve("sub/orders.badges.yml"), "domains: {}\n");
    Files.writeString(dir.resolve("a.badges.json"), "{}\n");
    Files.writeString(dir.resolve("notes.yaml"), "not: definitions\n");
    Files.writeString(dir.resolve("mybadges.yaml"), "not: definitions\n");
    List<String> names =
        DefinitionLoader.definitionFiles(dir).stream()
            .map(p -> dir.relativize(p).toString())
            .toList();
    assertEquals(List.of("a.badges.json", "badges.yaml", "sub/orders.badges.yml"), names);
  }
}
