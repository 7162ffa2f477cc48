package dev.unifiedbadges.site.browser;

import com.deque.html.axecore.args.AxeRunContext;
import com.deque.html.axecore.args.AxeRunOnlyOptions;
import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Page;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * axe-core in a page, as {@code AxeBuilder.setLegacyMode(true).analyze()} runs it (the same bundled
 * {@code axe.min.js}, {@code axe.run} in the page, the same result types), but injected once per
 * document: {@code AxeBuilder} evaluates its 550 KB script twice on every run, which on these pages
 * costs more than the run itself. A navigation or reload starts a new document and so re-injects.
 */
final class Axe {

  private static final String SCRIPT =
      AxeBuilder.getAxeScript()
          + ";axe.configure({allowedOrigins: ['<same_origin>'], branding: { application: 'PlaywrightJava'}});";

  private static final String RUN =
      "([axeContext, axeOptions]) => {const context = JSON.parse(axeContext);"
          + "const options = JSON.parse(axeOptions);"
          + "return axe.run(context, options).then(res => JSON.parse(JSON.stringify(res)));}";

  private static final ObjectMapper JSON =
      new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);

  private Axe() {}

  /** The WCAG-tagged rules' violations on the whole page. */
  static AxeResults violations(Page page, List<String> tags) {
    return violations(page, tags, null);
  }

  /**
   * The WCAG-tagged rules' violations within the elements the selectors pick (the whole page if
   * null).
   */
  static AxeResults violations(Page page, List<String> tags, List<String> include) {
    if (SCRIPT.length() < 100_000) {
      throw new IllegalStateException("the bundled axe.min.js was not found");
    }
    if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe?.run === 'function'"))) {
      page.evaluate(SCRIPT);
    }
    AxeRunOptions options = new AxeRunOptions();
    options.setResultTypes(List.of("violations"));
    AxeRunOnlyOptions only = new AxeRunOnlyOptions();
    only.setType("tag");
    only.setValues(tags);
    options.setRunOnly(only);
    // Without selectors, what AxeBuilder sends; with them, one list per selector (a flat list of
    // strings is a path through frames; AxeRunContext.setInclude wraps whatever it gets in a list).
    Object context =
        include == null
            ? new AxeRunContext()
            : Map.of("include", include.stream().map(List::of).toList());
    try {
      Object raw =
          page.evaluate(
              RUN,
              Arrays.asList(JSON.writeValueAsString(context), JSON.writeValueAsString(options)));
      return JSON.convertValue(raw, AxeResults.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
