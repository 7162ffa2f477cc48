package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.unifiedbadges.testing.TestCatalogs;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Every page is valid HTML: the Nu HTML Checker, run in-process, reports no error. */
class NuHtmlCheckerTest {

  private static SimpleDocumentValidator validator;
  private static Collector collector;

  @BeforeAll
  static void setUpChecker() throws Exception {
    collector = new Collector();
    // The checker's own log4j set-up, no URL logging, no language detection (it only warns, and is
    // slow).
    validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
    validator.setUpValidatorAndParsers(collector, true, false);
  }

  @Test
  void theCheckerIsWiredUpAndReportsErrors() throws Exception {
    byte[] broken =
        "<!DOCTYPE html><html lang=en><head><title>t</title></head><body><p id=a>x</p><p id=a>y</p><li>z</body></html>"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<String> errors = check("broken.html", broken);
    assertEquals(2, errors.size(), errors.toString());
  }

  @Test
  void everyPageOfTheBuiltinSiteIsValid() throws Exception {
    assertValid(SiteFixtures.builtinSite());
  }

  @Test
  void everyPageOfAHostileCatalogIsValid() throws Exception {
    assertValid(
        SiteFixtures.render(
            TestCatalogs.fromYaml(SiteEscapingTest.HOSTILE_YAML), SiteOptions.defaults()));
  }

  @Test
  void everyPageOfACatalogWithDeprecationsIsValid() throws Exception {
    assertValid(SiteFixtures.render(TestCatalogs.withDeprecations(), SiteOptions.defaults()));
  }

  @Test
  void everyPageOfASiteWithAChangesPageIsValid() throws Exception {
    SortedMap<String, byte[]> site = ChangeFixtures.render(SiteOptions.defaults());
    assertEquals(true, site.containsKey("changes.html"));
    assertValid(site);
  }

  @Test
  void theChangesPageWithNoChangesIsValid() throws Exception {
    SortedMap<String, byte[]> site =
        ChangeFixtures.render(
            ChangeFixtures.current(),
            SiteOptions.defaults(),
            new SiteChanges(
                new dev.unifiedbadges.diff.CatalogChanges("v1.4.0", List.of()),
                ChangeFixtures.baseline()));
    assertEquals(List.of(), check("changes.html", site.get("changes.html")));
  }

  @Test
  void theIndexOfALargeCatalogIsValid() throws Exception {
    SortedMap<String, byte[]> site =
        SiteFixtures.render(TestCatalogs.syntheticStatuses(60, 5), SiteOptions.defaults());
    List<String> errors = check("index.html", site.get("index.html"));
    assertEquals(List.of(), errors);
  }

  private static void assertValid(SortedMap<String, byte[]> site) throws Exception {
    List<String> errors = new ArrayList<>();
    List<String> pages = SiteFixtures.pages(site);
    for (String path : pages) {
      errors.addAll(check(path, site.get(path)));
    }
    assertEquals(List.of(), errors, "Nu HTML Checker errors in " + pages.size() + " pages");
  }

  private static synchronized List<String> check(String path, byte[] html) throws Exception {
    collector.start(path);
    InputSource in = new InputSource(new ByteArrayInputStream(html));
    in.setSystemId("file:///site/" + path);
    validator.checkHtmlInputSource(in);
    return collector.errors();
  }

  /** Keeps errors (warnings, such as advice, are not failures). */
  private static final class Collector implements ErrorHandler {
    private final List<String> errors = new ArrayList<>();
    private String path = "";

    void start(String p) {
      path = p;
      errors.clear();
    }

    List<String> errors() {
      return List.copyOf(errors);
    }

    @Override
    public void warning(SAXParseException e) {
      // Not an error.
    }

    @Override
    public void error(SAXParseException e) {
      errors.add(
          path + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
      errors.add(
          path
              + ":"
              + e.getLineNumber()
              + ":"
              + e.getColumnNumber()
              + ": fatal: "
              + e.getMessage());
    }
  }
}
