package dev.unifiedbadges.diff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.TimeZone;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The reports depend only on the two catalogs: not on the default locale (Turkish lower-cases
 * {@code I} to a dotless {@code ı}; German writes {@code 7,1}) nor on the time zone.
 */
class ReportDeterminismTest {

  /** Both reports of both fixtures, computed from the definitions on. */
  private static byte[] everything() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (CatalogChanges changes : new CatalogChanges[] {Fixtures.mixed(), Fixtures.awkward()}) {
      sb.append(MarkdownReport.render(changes));
      sb.append(new String(JsonReport.render(changes), StandardCharsets.UTF_8));
      sb.append(changes.summary()).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static <T> T under(Locale locale, String zone, Callable<T> work) throws Exception {
    Locale locale0 = Locale.getDefault();
    TimeZone zone0 = TimeZone.getDefault();
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      return work.call();
    } finally {
      Locale.setDefault(locale0);
      TimeZone.setDefault(zone0);
    }
  }

  @Test
  void reportsAreByteIdenticalUnderAnyDefaultLocaleAndTimeZone() throws Exception {
    byte[] root = under(Locale.ROOT, "UTC", ReportDeterminismTest::everything);
    assertArrayEquals(
        root,
        under(
            Locale.forLanguageTag("tr-TR"), "Pacific/Chatham", ReportDeterminismTest::everything));
    assertArrayEquals(
        root, under(Locale.GERMANY, "America/St_Johns", ReportDeterminismTest::everything));
    assertArrayEquals(
        root,
        under(Locale.forLanguageTag("ar-EG"), "Asia/Kathmandu", ReportDeterminismTest::everything));
  }

  @Test
  void idsAndRatiosUseRootLocaleRules() throws Exception {
    String json =
        under(
            Locale.forLanguageTag("tr-TR"),
            "UTC",
            () -> new String(JsonReport.render(Fixtures.mixed()), StandardCharsets.UTF_8));
    assertTrue(json.contains("\"kind\": \"domain-title-changed\""), json);
    assertTrue(json.contains("text contrast 12.7:1 → 12.6:1"), json);
  }
}
