package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.unifiedbadges.testing.Processes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a script in Node (skipping the test when there is none) that reads the generated JS module
 * and search index and writes what it saw as JSON.
 *
 * <p>The script gets: argv[2] = {@code js/badges.js}, argv[3] = {@code site/search-index.js},
 * argv[4] = a JSON file of [domain, value] queries, argv[5] = the result file. It writes {@code
 * {catalog, resolved, searchIndex}}.
 */
final class NodeRunner {

  static final String SCRIPT =
      """
      import { readFileSync, writeFileSync } from "node:fs";
      import { pathToFileURL } from "node:url";
      import vm from "node:vm";
      const mod = await import(pathToFileURL(process.argv[2]).href);
      const queries = JSON.parse(readFileSync(process.argv[4], "utf8"));
      const resolved = queries.map(([d, v]) => {
        try {
          return mod.badgeFor(d, v);
        } catch (e) {
          return { error: String(e && e.message) };
        }
      });
      const context = { window: {} };
      vm.runInNewContext(readFileSync(process.argv[3], "utf8"), context, { filename: "search-index.js" });
      // Entries, not objects: a name such as "__proto__" must survive as data (the module's own
      // maps have no prototype, so it is an own key there).
      const domains = [];
      for (const name of Object.keys(mod.catalog.domains)) {
        const d = mod.catalog.domains[name];
        const values = [];
        for (const v of Object.keys(d.values)) values.push([v, d.values[v]]);
        domains.push([name, { name: d.name, title: d.title, description: d.description, values, unknown: d.unknown }]);
      }
      writeFileSync(process.argv[5], JSON.stringify({
        catalog: { domains, unknown: mod.catalog.unknown },
        resolved,
        searchIndex: context.window.UnifiedBadgesSearchIndex,
      }));
      """;

  private static final ObjectMapper JSON = new ObjectMapper();

  private NodeRunner() {}

  static Path node() {
    Optional<Path> node = Processes.onPath("node");
    Assumptions.assumeTrue(
        node.isPresent(), "node is not on the PATH: skipping the JavaScript checks");
    return node.get();
  }

  /**
   * Runs {@link #SCRIPT} on an output directory; each query is a [domain, value] pair (value may be
   * null).
   */
  static JsonNode run(Path work, Path output, List<String[]> queries) throws IOException {
    Path node = node();
    Files.createDirectories(work);
    Path script = Files.writeString(work.resolve("probe.mjs"), SCRIPT, StandardCharsets.UTF_8);
    Path in = work.resolve("queries.json");
    Files.write(in, JSON.writeValueAsBytes(queries));
    Path result = work.resolve("result.json");
    List<String> command = new ArrayList<>(List.of(node.toString(), script.toString()));
    command.add(output.resolve("js/badges.js").toString());
    command.add(output.resolve("site/search-index.js").toString());
    command.add(in.toString());
    command.add(result.toString());
    Processes.Result r = Processes.run(command, work, Map.of(), 60);
    assertEquals(0, r.exitCode(), () -> "node failed:\n" + r.describe());
    return JSON.readTree(result.toFile());
  }
}
