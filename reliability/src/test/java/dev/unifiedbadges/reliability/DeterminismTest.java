package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.GenerationResult;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.model.load.Definitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full output (CSS, tokens, JS and site) is byte-identical across runs, across JVMs with other
 * default locales ({@code tr_TR}), time zones ({@code Pacific/Kiritimati}) and {@code
 * file.encoding} ({@code ISO-8859-1}), and whatever the order, names and split of the definition
 * files; and a rerun with unchanged inputs writes nothing.
 */
class DeterminismTest {

  @TempDir static Path work;

  /** Catalog name → definitions. */
  private static final Map<String, Definitions> CATALOGS = new LinkedHashMap<>();

  @BeforeAll
  static void catalogs() throws IOException {
    CATALOGS.put("builtin", Definitions.builtIn());
    CATALOGS.put(
        "hostile-content",
        Definitions.at(Hostile.writeContent(work.resolve("defs/hostile-content"))));
    CATALOGS.put(
        "hostile-names", Definitions.at(Hostile.writeNames(work.resolve("defs/hostile-names"))));
    CATALOGS.put("split", Definitions.at(writeLayout(work.resolve("defs/split"), SPLIT, false)));
  }

  @Test
  void twoRunsGiveByteIdenticalOutputForEveryCatalogAndFormat() throws Exception {
    for (Map.Entry<String, Definitions> c : CATALOGS.entrySet()) {
      Path first = work.resolve("runs/" + c.getKey() + "/1/badges");
      Path second = work.resolve("runs/" + c.getKey() + "/2/badges");
      new Generator().generate(GenerationRequest.of(c.getValue(), first));
      new Generator().generate(GenerationRequest.of(c.getValue(), second));
      SortedMap<String, String> a = Trees.snapshot(first);
      assertTrue(
          a.containsKey("site/index.html") && a.containsKey("js/badges.d.ts"),
          c.getKey() + ": all formats");
      Trees.assertSame(a, Trees.snapshot(second), c.getKey() + ": second run");
    }
  }

  @Test
  void aRerunWithUnchangedInputsWritesNothing() throws Exception {
    Definitions defs = CATALOGS.get("hostile-content");
    Path out = work.resolve("rerun/badges");
    new Generator().generate(GenerationRequest.of(defs, out));
    Map<String, FileTime> times = modificationTimes(out);
    SortedMap<String, String> before = Trees.snapshot(out);
    Thread.sleep(20);
    GenerationResult again = new Generator().generate(GenerationRequest.of(defs, out));
    assertTrue(again.write().upToDate(), "nothing written: " + again.write());
    assertEquals(
        before.size() - countDirs(before) - 1,
        again.write().unchanged(),
        "every file reported unchanged");
    Trees.assertSame(before, Trees.snapshot(out), "rerun");
    assertEquals(times, modificationTimes(out), "no file was touched");
    Trees.assertNoLeftovers(out);
  }

  @Test
  void definitionFileOrderNamesAndSplitDoNotChangeTheOutput() throws Exception {
    Map<String, Path> layouts = new LinkedHashMap<>();
    layouts.put("one YAML file", writeLayout(work.resolve("layouts/single"), SINGLE, false));
    layouts.put(
        "one JSON file, domains in reverse order",
        writeLayout(work.resolve("layouts/single-json"), SINGLE_JSON_REVERSED, false));
    layouts.put("four files", writeLayout(work.resolve("layouts/split"), SPLIT, false));
    layouts.put(
        "four files created in reverse order",
        writeLayout(work.resolve("layouts/split-reverse"), SPLIT, true));
    layouts.put(
        "four files named to sort the other way",
        writeLayout(work.resolve("layouts/renamed"), RENAMED, true));
    layouts.put(
        "a file per domain", writeLayout(work.resolve("layouts/per-domain"), PER_DOMAIN, true));
    SortedMap<String, String> expected = null;
    String first = null;
    for (Map.Entry<String, Path> layout : layouts.entrySet()) {
      Path out = work.resolve("layout-out/" + layout.getValue().getFileName() + "/badges");
      new Generator().generate(GenerationRequest.of(layout.getValue(), out));
      SortedMap<String, String> tree = Trees.snapshot(out);
      if (expected == null) {
        expected = tree;
        first = layout.getKey();
      } else {
        Trees.assertSame(expected, tree, "'" + layout.getKey() + "' versus '" + first + "'");
      }
    }
  }

  @Test
  void forkedJvmsWithOtherLocalesTimeZonesAndEncodingsWriteTheSameBytes() throws Exception {
    Map<String, SortedMap<String, String>> baseline = new TreeMap<>();
    for (Map.Entry<String, Definitions> c : CATALOGS.entrySet()) {
      Path out = work.resolve("baseline/" + c.getKey() + "/badges");
      new Generator().generate(GenerationRequest.of(c.getValue(), out));
      baseline.put(c.getKey(), Trees.snapshot(out));
    }
    Map<String, List<String>> variants = new LinkedHashMap<>();
    variants.put(
        "en_US, UTC, UTF-8",
        List.of(
            "-Duser.language=en",
            "-Duser.country=US",
            "-Duser.timezone=UTC",
            "-Dfile.encoding=UTF-8"));
    variants.put(
        "tr_TR",
        List.of(
            "-Duser.language=tr",
            "-Duser.country=TR",
            "-Duser.timezone=UTC",
            "-Dfile.encoding=UTF-8"));
    variants.put(
        "Pacific/Kiritimati",
        List.of(
            "-Duser.language=en",
            "-Duser.country=US",
            "-Duser.timezone=Pacific/Kiritimati",
            "-Dfile.encoding=UTF-8"));
    variants.put(
        "ISO-8859-1",
        List.of(
            "-Duser.language=en",
            "-Duser.country=US",
            "-Duser.timezone=UTC",
            "-Dfile.encoding=ISO-8859-1"));
    Map<String, String> expectedEnvironment =
        Map.of(
            "en_US, UTC, UTF-8", "locale=en_US tz=UTC file.encoding=UTF-8",
            "tr_TR", "locale=tr_TR tz=UTC file.encoding=UTF-8",
            "Pacific/Kiritimati", "locale=en_US tz=Pacific/Kiritimati file.encoding=UTF-8",
            "ISO-8859-1", "locale=en_US tz=UTC file.encoding=ISO-8859-1");

    Map<String, Forks.Fork> forks = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, List<String>> v : variants.entrySet()) {
      List<String> args = new ArrayList<>(List.of("generate"));
      for (Map.Entry<String, Definitions> c : CATALOGS.entrySet()) {
        args.add(c.getValue() instanceof Definitions.AtPath at ? at.path().toString() : "builtin");
        args.add(work.resolve("fork" + i + "/" + c.getKey() + "/badges").toString());
      }
      List<String> options = new ArrayList<>(Forks.QUICK);
      options.addAll(v.getValue());
      forks.put(
          v.getKey(), Forks.start(work.resolve("logs"), options, args.toArray(String[]::new)));
      i++;
    }
    i = 0;
    for (Map.Entry<String, Forks.Fork> f : forks.entrySet()) {
      String stdout = f.getValue().awaitSuccess(300);
      assertTrue(
          stdout.startsWith(expectedEnvironment.get(f.getKey())),
          "the fork runs with " + f.getKey() + ": " + stdout);
      for (String catalog : CATALOGS.keySet()) {
        Trees.assertSame(
            baseline.get(catalog),
            Trees.snapshot(work.resolve("fork" + i + "/" + catalog + "/badges")),
            catalog + " generated under " + f.getKey() + " versus in-process");
      }
      i++;
    }
  }

  // ---- layouts: which parts of the document go into which file ----

  /** A file of a layout: relative path and the parts it holds ("tones", "unknown", "d0" … "d4"). */
  record Part(String path, List<String> parts) {}

  private static final int DOMAINS = 5;

  static final List<Part> SINGLE =
      List.of(
          new Part("all.badges.yaml", List.of("tones", "unknown", "d0", "d1", "d2", "d3", "d4")));
  static final List<Part> SINGLE_JSON_REVERSED =
      List.of(
          new Part("all.badges.json", List.of("d4", "d3", "d2", "d1", "d0", "unknown", "tones")));
  static final List<Part> SPLIT =
      List.of(
          new Part("a.badges.yaml", List.of("d0", "d1")),
          new Part("b.badges.json", List.of("tones", "d2")),
          new Part("sub/c.badges.yml", List.of("unknown", "d3")),
          new Part("sub/deeper/d.badges.yaml", List.of("d4")));
  static final List<Part> RENAMED =
      List.of(
          new Part("z.badges.yaml", List.of("d0", "d1")),
          new Part("y.badges.json", List.of("tones", "d2")),
          new Part("A/c.badges.yml", List.of("unknown", "d3")),
          new Part("0.badges.YAML", List.of("d4")));
  static final List<Part> PER_DOMAIN =
      List.of(
          new Part("tones.badges.json", List.of("tones")),
          new Part("unknown.badges.yaml", List.of("unknown")),
          new Part("d/4.badges.yaml", List.of("d0")),
          new Part("d/3.badges.json", List.of("d1")),
          new Part("d/2.badges.yml", List.of("d2")),
          new Part("d/1.badges.yaml", List.of("d3")),
          new Part("d/0.badges.json", List.of("d4")));

  /**
   * Writes the same catalog split as the layout says, creating the files in order or in reverse.
   */
  @SuppressWarnings("unchecked")
  static Path writeLayout(Path dir, List<Part> layout, boolean reverseCreation) throws IOException {
    Map<String, Object> doc = Catalogs.document("S", DOMAINS);
    Map<String, Object> contentDomains =
        (Map<String, Object>) Hostile.contentDocument().get("domains");
    Map<String, Object> domains = (Map<String, Object>) doc.get("domains");
    List<String> names = new ArrayList<>(domains.keySet());
    // Two of the domains carry hostile text, so escaping is covered by the layouts too.
    List<Map.Entry<String, Object>> hostile = new ArrayList<>(contentDomains.entrySet());
    names.set(3, hostile.get(0).getKey());
    names.set(4, hostile.get(1).getKey());
    Map<String, Object> byPart = new LinkedHashMap<>();
    for (int d = 0; d < DOMAINS; d++) {
      byPart.put("d" + d, d < 3 ? domains.get(names.get(d)) : hostile.get(d - 3).getValue());
    }
    List<Part> order = new ArrayList<>(layout);
    if (reverseCreation) {
      Collections.reverse(order);
    }
    for (Part part : order) {
      Map<String, Object> file = new LinkedHashMap<>();
      Map<String, Object> fileDomains = new LinkedHashMap<>();
      for (String p : part.parts()) {
        switch (p) {
          case "tones" -> file.put("tones", doc.get("tones"));
          case "unknown" -> file.put("unknown", doc.get("unknown"));
          default -> fileDomains.put(names.get(Integer.parseInt(p.substring(1))), byPart.get(p));
        }
      }
      if (!fileDomains.isEmpty()) {
        file.put("domains", fileDomains);
      }
      Path target = dir.resolve(part.path());
      Files.createDirectories(target.getParent());
      if (part.path().endsWith(".json")) {
        Files.write(target, Catalogs.json(file));
      } else {
        Files.writeString(target, Catalogs.yaml(file), StandardCharsets.UTF_8);
      }
    }
    return dir;
  }

  private static Map<String, FileTime> modificationTimes(Path root) throws IOException {
    Map<String, FileTime> times = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        times.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
      }
    }
    return times;
  }

  private static int countDirs(Map<String, String> snapshot) {
    return (int) snapshot.values().stream().filter("dir"::equals).count();
  }
}
