package dev.unifiedbadges.site.page;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PageTest {

  @Test
  void countsAreGroupedByThousandsAsStringFormatWould() {
    int[] samples = {
      0,
      1,
      9,
      10,
      99,
      100,
      999,
      1_000,
      1_001,
      9_999,
      10_000,
      20_000,
      99_999,
      100_000,
      123_456,
      1_000_000,
      12_345_678,
      Integer.MAX_VALUE,
      -1,
      -999,
      -1_000,
      -123_456,
      Integer.MIN_VALUE
    };
    for (int n : samples) {
      assertEquals(String.format(Locale.ROOT, "%,d", n), Page.count(n), String.valueOf(n));
    }
    for (int n = 0; n < 5_000; n += 7) {
      assertEquals(String.format(Locale.ROOT, "%,d", n), Page.count(n), String.valueOf(n));
    }
  }
}
