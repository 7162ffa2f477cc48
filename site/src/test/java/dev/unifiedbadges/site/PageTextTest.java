package dev.unifiedbadges.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/** Changes the JVM's default locale, so no other class runs meanwhile. */
@Isolated
class PageTextTest {

  @Test
  void htmlEscapesMarkupButKeepsQuotesForTextNodes() {
    assertEquals(
        "&lt;b&gt;Fish &amp; \"chips\"&lt;/b&gt;", PageText.html("<b>Fish & \"chips\"</b>"));
  }

  @Test
  void htmlWritesBidiOverridesAndIsolatesAsCharacterReferences() {
    // The copy box shows the snippet as text: a raw U+202E there reversed the markup after it.
    assertEquals(
        "&#x202e;deliaf&#x202c; &#x2067;x&#x2069; \u05D0\u200F",
        PageText.html("\u202Edeliaf\u202C \u2067x\u2069 \u05D0\u200F"));
  }

  @Test
  void lowerIgnoresTheDefaultLocale() {
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr"));
    try {
      assertEquals("title", PageText.lower("TITLE"));
    } finally {
      Locale.setDefault(previous);
    }
  }

  @Test
  void sizeIsInBytesBelowOneKibibyteThenOneDecimalWithAPoint() {
    assertEquals("1023 B", PageText.size(1023));
    assertEquals("1.5 KB", PageText.size(1536));
    assertEquals("2.0 MB", PageText.size(2L * 1024 * 1024));
  }
}
