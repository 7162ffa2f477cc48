package dev.unifiedbadges.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.unifiedbadges.generator.GenerationRequest;
import dev.unifiedbadges.generator.Generator;
import dev.unifiedbadges.model.Domain;
import dev.unifiedbadges.model.load.Definitions;
import dev.unifiedbadges.runtime.Badge;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated Java under hostile definitions: names meant to break identifiers compile, and the
 * HTML renderer turns every hostile label into text.
 */
class HostileJavaTest {

  @TempDir Path work;

  @Test
  void theHtmlRendererEscapesEveryHostileLabel() throws Exception {
    Class<?> badges = generateAndCompile(Hostile.writeContent(work.resolve("defs")));
    Method resolve = badges.getMethod("resolve", String.class, String.class);
    Method html = badges.getMethod("html", Badge.class);
    for (int i = 0; i < Hostile.LABELS.size(); i++) {
      Badge badge = (Badge) resolve.invoke(null, "hostile.labels", Hostile.valueName(i));
      assertEquals(Hostile.LABELS.get(i), badge.label());
      assertRendersAsText((String) html.invoke(null, badge), badge);
    }
    Badge unknown = (Badge) resolve.invoke(null, "hostile.labels", "<nope>");
    assertEquals(Hostile.UNKNOWN_LABEL, unknown.label());
    assertRendersAsText((String) html.invoke(null, unknown), unknown);
  }

  @Test
  void namesMeantToBreakIdentifiersCompileAndResolve() throws Exception {
    Path defs = Hostile.writeNames(work.resolve("defs"));
    Class<?> badges = generateAndCompile(defs);
    Method resolve = badges.getMethod("resolve", String.class, String.class);
    List<Domain> domains =
        new Generator().check(Definitions.at(defs), null, false).catalog().domainList();
    for (Domain d : domains) {
      for (dev.unifiedbadges.model.Badge value : d.values()) {
        Badge badge = (Badge) resolve.invoke(null, d.name(), value.value());
        assertEquals(value.label(), badge.label(), d.name() + " " + value.value());
      }
    }
  }

  /** One span with the pairing's classes, holding the icon span and the label as text. */
  private static void assertRendersAsText(String html, Badge badge) {
    Element body = Jsoup.parseBodyFragment(html).body();
    Elements all = body.getAllElements();
    assertEquals(4, all.size(), html); // body and the three spans
    Element outer = body.child(0);
    assertEquals("span", outer.tagName());
    assertEquals(badge.cssClasses(), outer.attr("class"));
    assertEquals(2, outer.childrenSize(), html);
    assertEquals("", outer.child(0).text());
    assertEquals(badge.label(), outer.child(1).wholeText(), html);
    for (Element e : all) {
      e.attributes()
          .forEach(
              a ->
                  assertTrue(
                      List.of("class", "aria-hidden").contains(a.getKey()), html + ": " + a));
    }
  }

  private Class<?> generateAndCompile(Path defs) throws Exception {
    Path sources = work.resolve("generated-sources");
    new Generator()
        .generate(
            new GenerationRequest(
                Definitions.at(defs),
                sources,
                List.of("java"),
                null,
                null,
                Map.of("java.package", "hostile.badges"),
                false));
    Path source = sources.resolve("hostile/badges/Badges.java");
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path runtime = Path.of(Badge.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter messages = new StringWriter();
    boolean ok;
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      ok =
          javac
              .getTask(
                  messages,
                  files,
                  null,
                  List.of("-classpath", runtime.toString(), "-d", classes.toString()),
                  null,
                  files.getJavaFileObjects(source))
              .call();
    }
    assertTrue(ok, messages.toString());
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, HostileJavaTest.class.getClassLoader());
    return loader.loadClass("hostile.badges.Badges");
  }
}
